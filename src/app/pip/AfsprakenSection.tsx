// Behoeften → afspraken: who does what by when. The intake's needs are offered as a start; an agreement made
// without the partner is marked private and never shown where the partner is present.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ACTORS } from '../../content/pip/plan';
import { needsToAgreeOn } from '../../domain/pip/intakeLinks';
import { removeAfspraak, type Afspraak } from '../../domain/pip/plan';
import type { CaseSnapshot } from '../../domain/types';
import { currentAuthor } from '../author';
import { Pictogram } from '../ui/Pictogram';
import { AfspraakForm } from './AfspraakForm';
import { LocalPartners } from './LocalPartners';
import { writeNow } from './usePip';

interface Props {
  snapshot: CaseSnapshot;
  afspraken: Afspraak[];
  entries: Record<string, string[]>;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function AfsprakenSection({ snapshot, afspraken, entries, run }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<
    { initial: Partial<Afspraak>; seen: string[] } | undefined
  >();
  const agreedNeeds = new Set(afspraken.map((a) => a.need));
  const suggestions = needsToAgreeOn(snapshot).filter((need) => !agreedNeeds.has(need.field));
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section
      className="plan-section"
      aria-labelledby="afspraken-heading"
      data-testid="plan-afspraken"
    >
      <h2 id="afspraken-heading">{t('plan.afspraken')}</h2>
      {afspraken.length === 0 ? <p className="hint">{t('plan.noAfspraken')}</p> : null}
      <ul className="afspraak-list">
        {afspraken.map((a) => (
          <li key={a.id} className="afspraak-row" data-testid="afspraak">
            <Pictogram name={ACTORS[a.who]} size={48} />
            <div className="afspraak-body">
              <strong>{a.what}</strong>
              <span className="hint">
                {t(`plan.actor.${a.who}`)}
                {a.when
                  ? ` · ${t('plan.by', { date: day.format(new Date(`${a.when}T00:00:00Z`)) })}`
                  : ''}
              </span>
              {a.private ? <span className="chip chip-private">{t('answers.private')}</span> : null}
            </div>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setEditing({ initial: a, seen: entries[`afspraak:${a.id}`] ?? [] })}
            >
              {t('plan.edit')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                void run((doc) =>
                  removeAfspraak(doc, {
                    id: a.id,
                    ...writeNow(),
                    author: currentAuthor(),
                    replaces: entries[`afspraak:${a.id}`] ?? [],
                  }),
                )
              }
            >
              {t('plan.remove')}
            </button>
          </li>
        ))}
      </ul>
      {suggestions.length > 0 ? (
        <div className="plan-suggestions">
          <span className="hint">{t('plan.fromIntake')}</span>
          {suggestions.map((need) => (
            <button
              key={need.field}
              type="button"
              className="button button-secondary"
              onClick={() =>
                setEditing({
                  initial: {
                    need: need.field,
                    what: t(`plan.need.${need.field.slice(6)}`),
                    ...(need.private ? { private: true } : {}),
                  },
                  seen: [],
                })
              }
            >
              + {t(`plan.need.${need.field.slice(6)}`)}
            </button>
          ))}
        </div>
      ) : null}
      {editing ? (
        <AfspraakForm
          key={editing.initial.id ?? editing.initial.need ?? 'new'}
          initial={editing.initial}
          replaces={editing.seen}
          run={run}
          onDone={() => setEditing(undefined)}
        />
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => setEditing({ initial: {}, seen: [] })}
        >
          + {t('plan.addAfspraak')}
        </button>
      )}
      <LocalPartners />
    </section>
  );
}

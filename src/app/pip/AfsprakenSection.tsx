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
import { writeNow } from './usePip';

interface Props {
  snapshot: CaseSnapshot;
  afspraken: Afspraak[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function AfsprakenSection({ snapshot, afspraken, run }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Partial<Afspraak> | undefined>();
  const agreedNeeds = new Set(afspraken.map((a) => a.need));
  const suggestions = needsToAgreeOn(snapshot).filter((need) => !agreedNeeds.has(need));
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section className="plan-section" aria-labelledby="afspraken-heading" data-testid="plan-afspraken">
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
                {a.when ? ` · ${t('plan.by', { date: day.format(new Date(`${a.when}T00:00:00Z`)) })}` : ''}
              </span>
              {a.private ? <span className="chip chip-private">{t('answers.private')}</span> : null}
            </div>
            <button type="button" className="button button-quiet" onClick={() => setEditing(a)}>
              {t('plan.edit')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void run((doc) => removeAfspraak(doc, a.id, { ...writeNow(), author: currentAuthor() }))}
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
            <button key={need} type="button" className="button button-secondary" onClick={() => setEditing({ need, what: t(`plan.need.${need.slice(6)}`) })}>
              + {t(`plan.need.${need.slice(6)}`)}
            </button>
          ))}
        </div>
      ) : null}
      {editing ? (
        <AfspraakForm key={editing.id ?? editing.need ?? 'new'} initial={editing} run={run} onDone={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="button button-primary" onClick={() => setEditing({})}>
          + {t('plan.addAfspraak')}
        </button>
      )}
    </section>
  );
}

// Adding or changing one agreement: what, who acts, by when, and whether it is private (made without the partner).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '../../content/pip/plan';
import { saveAfspraak, type Afspraak } from '../../domain/pip/plan';
import { currentAuthor } from '../author';
import { ActorSelect } from './ActorSelect';
import { today, writeNow } from './usePip';

interface Props {
  initial: Partial<Afspraak>;
  /** The agreement's entries when she began changing it: another tablet's change meanwhile stays beside hers. */
  replaces: string[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
  onDone(): void;
}

export function AfspraakForm({ initial, replaces, run, onDone }: Props) {
  const { t } = useTranslation();
  const [what, setWhat] = useState(initial.what ?? '');
  const [who, setWho] = useState<Actor | undefined>(initial.who);
  const [when, setWhen] = useState(initial.when ?? '');
  const [alone, setAlone] = useState(initial.private ?? false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!what.trim() || !who) return;
    const ok = await run((doc) =>
      saveAfspraak(doc, {
        ...(initial.id ? { id: initial.id } : {}),
        ...(initial.need ? { need: initial.need } : {}),
        what,
        who,
        ...(when ? { when } : {}),
        ...(alone ? { private: true } : {}),
        ...writeNow(),
        author: currentAuthor(),
        replaces,
      }),
    );
    if (ok) onDone();
  };
  return (
    <form className="form afspraak-form" onSubmit={submit} data-testid="afspraak-form">
      <label className="field">
        <span>{t('plan.what')}</span>
        <input value={what} onChange={(e) => setWhat(e.target.value)} required />
      </label>
      <div className="plan-row">
        <ActorSelect label={t('plan.who')} value={who} onChange={setWho} />
        <label className="field plan-narrow">
          <span>{t('plan.when')}</span>
          <input type="date" value={when} min={today()} onChange={(e) => setWhen(e.target.value)} />
        </label>
      </div>
      <label className={`choice${alone ? ' is-selected' : ''}`}>
        <input type="checkbox" checked={alone} onChange={(e) => setAlone(e.target.checked)} />
        {t('plan.privateAfspraak')}
      </label>
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('plan.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={!what.trim() || !who}>
          {t('plan.save')}
        </button>
      </div>
    </form>
  );
}

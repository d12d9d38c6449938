// Inzage of the chosen case: open it to read together with the person, or save it (HTML to hand over, JSON for
// another system). The server audits every inzage; the result is said plainly.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openInzage, saveInzage } from './privacyApi';
import { failureCode, type ChosenCase } from './privacyModel';

type Outcome =
  { kind: 'busy' } | { kind: 'opened' } | { kind: 'saved' } | { kind: 'failed'; code: string };

const FAILURE_KEYS: Record<string, string> = {
  offline: 'backoffice.privacy.inzage.offline',
  'not-found': 'backoffice.privacy.gone',
  'case-deleted': 'backoffice.privacy.gone',
  forbidden: 'backoffice.forbidden',
};

export function InzagePanel({ chosen }: { chosen: ChosenCase }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (action: () => Promise<void>, done: 'opened' | 'saved') => {
    setOutcome({ kind: 'busy' });
    try {
      await action();
      setOutcome({ kind: done });
    } catch (error) {
      setOutcome({ kind: 'failed', code: failureCode(error) });
    }
  };
  const busy = outcome?.kind === 'busy';
  return (
    <div className="form">
      <p className="hint">{t('backoffice.privacy.inzage.hint')}</p>
      <div className="privacy-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void run(() => openInzage(chosen.caseId), 'opened')}
        >
          {t('backoffice.privacy.inzage.open')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void run(() => saveInzage(chosen.caseId, 'html'), 'saved')}
        >
          {t('backoffice.privacy.inzage.html')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void run(() => saveInzage(chosen.caseId, 'json'), 'saved')}
        >
          {t('backoffice.privacy.inzage.json')}
        </button>
      </div>
      <p role="status" className={outcome?.kind === 'failed' ? 'form-error' : 'hint'}>
        {outcome?.kind === 'busy' ? t('backoffice.loading') : null}
        {outcome?.kind === 'opened' ? t('backoffice.privacy.inzage.opened') : null}
        {outcome?.kind === 'saved' ? t('backoffice.privacy.inzage.saved') : null}
        {outcome?.kind === 'failed'
          ? t(FAILURE_KEYS[outcome.code] ?? 'backoffice.privacy.inzage.failed')
          : null}
      </p>
    </div>
  );
}

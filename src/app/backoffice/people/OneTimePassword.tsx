// A temporary password, shown once: large and readable, with a copy button and a plain sentence on handing it
// over safely. Closing the dialog forgets it; the server keeps only its hash.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

type CopyState = 'idle' | 'copied' | 'failed';

export function OneTimePassword({
  email,
  password,
  onClose,
}: {
  email: string;
  password: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyPassword = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <Dialog titleId={titleId} onClose={onClose}>
      <div className="form people-password-dialog">
        <h2 id={titleId}>{t('backoffice.people.password.title', { email })}</h2>
        <p className="people-password-box">
          <span className="visually-hidden">{t('backoffice.people.password.label')}: </span>
          <code className="people-password" data-testid="temporary-password" translate="no">
            {password}
          </code>
        </p>
        <p>
          <strong>{t('backoffice.people.password.once')}</strong>{' '}
          {t('backoffice.people.password.handover')}
        </p>
        <p className="hint" role="status">
          {copy === 'copied'
            ? t('backoffice.people.password.copied')
            : copy === 'failed'
              ? t('backoffice.people.password.copyFailed')
              : ''}
        </p>
        <div className="row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void copyPassword()}
          >
            {t('backoffice.people.password.copy')}
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('backoffice.people.password.done')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

// A change that cannot be taken back lightly (a tablet retired or declared lost, a person blocked, a new password)
// is confirmed in a dialog that says what will happen; a refusal is said inside it, in plain words.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { failureCode, failureKey } from './peopleModel';

interface Props {
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Resolves when done (the caller then closes or replaces the dialog); a rejection is shown here. */
  onConfirm(): Promise<void>;
  onClose(): void;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(failureKey(failureCode(error)));
      setBusy(false);
    }
  };
  return (
    <Dialog titleId={titleId} onClose={onClose}>
      <div className="form people-confirm">
        <h2 id={titleId}>{title}</h2>
        {children}
        {failure ? (
          <p className="form-error" role="alert">
            {t(failure)}
          </p>
        ) : null}
        <div className="row">
          <button
            type="button"
            className={`button ${danger ? 'button-danger' : 'button-primary'}`}
            disabled={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

// The last step before a deletion that cannot be undone: the dialog says what happens, and the button only works
// once the name of the person (or, without a name, the start of the case number) is typed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { confirmsDeletion, confirmWordOf, type ChosenCase } from './privacyModel';

interface Props {
  chosen: ChosenCase;
  /** Deletes; resolves when the server answered (the panel shows the result). */
  onConfirm(): Promise<void>;
  onClose(): void;
}

export function DeleteConfirmDialog({ chosen, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const word = confirmWordOf(chosen);
  const ready = confirmsDeletion(chosen, typed) && !busy;
  const confirm = async () => {
    if (!ready) return;
    setBusy(true);
    await onConfirm();
  };
  return (
    <Dialog titleId={titleId} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h2 id={titleId}>{t('backoffice.privacy.remove.confirmTitle', { name: word })}</h2>
        <p>{t('backoffice.privacy.remove.confirmText')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('backoffice.privacy.remove.typeName', { name: word })}</label>
          <input
            id={inputId}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <div className="row">
          <button type="submit" className="button button-danger" disabled={!ready}>
            {busy ? t('backoffice.privacy.remove.busy') : t('backoffice.privacy.remove.confirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

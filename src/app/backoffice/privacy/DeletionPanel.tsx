// Deletion on request: a reason code (the ones the server takes) and, if there is one, the registration number of
// the request; then a dialog where the name is typed to confirm. The result is said plainly afterwards.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DELETION_REASONS,
  type DeleteCaseResponse,
  type DeletionReason,
} from '../../../protocol/api';
import { DeleteConfirmDialog } from './DeleteConfirmDialog';
import { deleteOnRequest } from './privacyApi';
import { failureCode, formatMoment, isValidReference, type ChosenCase } from './privacyModel';

type Result = { kind: 'deleted'; deletedAt: string } | { kind: 'failed'; code: string };

const FAILURE_KEYS: Record<string, string> = {
  'case-deleted': 'backoffice.privacy.remove.already',
  'not-found': 'backoffice.privacy.gone',
  forbidden: 'backoffice.privacy.remove.forbidden',
  offline: 'backoffice.privacy.remove.offline',
};

interface Props {
  chosen: ChosenCase;
  /** The server deleted the case (or had already): the screen reloads its lists. */
  onDeleted(): void;
}

export function DeletionPanel({ chosen, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const referenceId = useId();
  const referenceHintId = useId();
  const [reason, setReason] = useState<DeletionReason | ''>('');
  const [reference, setReference] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const referenceOk = isValidReference(reference);

  const remove = async (): Promise<void> => {
    if (!reason) return;
    try {
      const answer: DeleteCaseResponse = await deleteOnRequest(chosen.caseId, reason, reference);
      setResult({ kind: 'deleted', deletedAt: answer.deletedAt });
      onDeleted();
    } catch (error) {
      const code = failureCode(error);
      setResult({ kind: 'failed', code });
      if (code === 'case-deleted') onDeleted();
    } finally {
      setConfirming(false);
    }
  };

  if (result?.kind === 'deleted') {
    return (
      <p role="status" className="privacy-done">
        {t('backoffice.privacy.remove.done', {
          when: formatMoment(result.deletedAt, i18n.language),
        })}
      </p>
    );
  }
  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (reason && referenceOk) setConfirming(true);
  };
  return (
    <>
      <form className="form" onSubmit={ask}>
        <p className="hint">{t('backoffice.privacy.remove.hint')}</p>
        <div className="field">
          <label htmlFor={reasonId}>{t('backoffice.privacy.remove.reason')}</label>
          <select
            id={reasonId}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value as DeletionReason | '')}
          >
            <option value="">{t('backoffice.privacy.remove.chooseReason')}</option>
            {DELETION_REASONS.map((code) => (
              <option key={code} value={code}>
                {t(`backoffice.privacy.reason.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={referenceId}>{t('backoffice.privacy.remove.reference')}</label>
          <input
            id={referenceId}
            value={reference}
            autoComplete="off"
            aria-invalid={!referenceOk}
            aria-describedby={referenceHintId}
            onChange={(e) => setReference(e.target.value)}
          />
          <span id={referenceHintId} className={referenceOk ? 'hint' : 'form-error'}>
            {t(
              referenceOk
                ? 'backoffice.privacy.remove.referenceHint'
                : 'backoffice.privacy.remove.referenceInvalid',
            )}
          </span>
        </div>
        {result?.kind === 'failed' ? (
          <p role="alert" className="form-error">
            {t(FAILURE_KEYS[result.code] ?? 'backoffice.privacy.remove.failed')}
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="button button-danger" disabled={!reason || !referenceOk}>
            {t('backoffice.privacy.remove.start')}
          </button>
        </div>
      </form>
      {confirming ? (
        <DeleteConfirmDialog
          chosen={chosen}
          onConfirm={remove}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}

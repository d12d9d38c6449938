// The end of a dialog form: the error in plain words (if any), then submit and cancel.
import { useTranslation } from 'react-i18next';

interface Props {
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel(): void;
}

export function FormFooter({ error, busy, submitLabel, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}

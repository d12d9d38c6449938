// What became of a save, said in plain words beside its button: saved (the tablets get it), refused, or failed.
import { useTranslation } from 'react-i18next';

export function SaveOutcome({ outcome }: { outcome: 'saved' | string | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  return (
    <span className={outcome === 'saved' ? 'hint' : 'form-error'} role="status">
      {outcome === 'saved'
        ? t('backoffice.content.saved')
        : t(outcome === 'invalid-request' ? 'backoffice.content.invalid' : 'backoffice.failed')}
    </span>
  );
}

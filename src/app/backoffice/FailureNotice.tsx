// A back-office request that failed, said in plain words: offline, not allowed, or the server's trouble.
import { useTranslation } from 'react-i18next';

export function FailureNotice({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <p className="empty" role="alert">
      {t(
        reason === 'offline'
          ? 'backoffice.offline'
          : reason === 'forbidden'
            ? 'backoffice.forbidden'
            : 'backoffice.failed',
      )}
    </p>
  );
}

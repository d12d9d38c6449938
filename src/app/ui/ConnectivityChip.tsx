// Shows whether the tablet is online; offline is normal and said calmly.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

export function ConnectivityChip() {
  const { t } = useTranslation();
  const online = useAppStore((s) => s.online);
  return (
    <span className={`chip ${online ? 'chip-online' : 'chip-offline'}`} role="status" data-testid="connectivity">
      <span className="dot" aria-hidden="true" />
      {online ? t('connectivity.online') : t('connectivity.offline')}
      {online ? null : <span className="wide-only"> – {t('connectivity.offlineSafe')}</span>}
    </span>
  );
}

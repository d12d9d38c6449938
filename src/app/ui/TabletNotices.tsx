// Plain words about what happened to the tablet itself: it is retired and still sending, or it was
// emptied (retired after sending everything, or revoked as lost) — shown after the wipe, at the next start.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { wipedReason } from './wipedReason';

export function RetiringBanner() {
  const { t } = useTranslation();
  const retiring = useAppStore((s) => s.retiring);
  if (!retiring) return null;
  return (
    <p className="tablet-notice" role="status" data-testid="retiring">
      {t('tablet.retiring')}
    </p>
  );
}

export function WipedNotice() {
  const { t } = useTranslation();
  const [why, setWhy] = useState(wipedReason);
  if (!why) return null;
  const close = () => {
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
    setWhy(undefined);
  };
  return (
    <div className="tablet-notice" role="status" data-testid="wiped">
      <p>{t(`tablet.wiped.${why}`)}</p>
      <button type="button" className="button button-quiet" onClick={close}>
        {t('problem.close')}
      </button>
    </div>
  );
}

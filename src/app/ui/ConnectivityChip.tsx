// Shows the tablet's connection calmly: offline is normal; signed out means work waits on the tablet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { LoginDialog } from '../account/LoginDialog';

export function ConnectivityChip() {
  const { t } = useTranslation();
  const online = useAppStore((s) => s.online);
  const serverStatus = useAppStore((s) => s.serverStatus);
  const session = useAppStore((s) => s.session);
  const [loggingIn, setLoggingIn] = useState(false);
  if (online && session.status !== 'signed-in') {
    return (
      <>
        <button
          type="button"
          className="chip chip-offline chip-button"
          onClick={() => setLoggingIn(true)}
          data-testid="connectivity"
        >
          <span className="dot" aria-hidden="true" />
          {session.status === 'signed-out' ? t('account.signIn') : t('account.signInAgain')}
        </button>
        {loggingIn ? <LoginDialog onClose={() => setLoggingIn(false)} /> : null}
      </>
    );
  }
  // Offline when the tablet has no network, or the server cannot be reached (the engine says so after a
  // failed attempt): never "connecting" for ever.
  const state = !online || serverStatus === 'offline' ? 'offline' : serverStatus;
  return (
    <span
      className={`chip ${state === 'connected' ? 'chip-online' : 'chip-offline'}`}
      role="status"
      data-testid="connectivity"
    >
      <span className="dot" aria-hidden="true" />
      {state === 'offline'
        ? t('connectivity.offline')
        : state === 'connected'
          ? t('connectivity.online')
          : t('connectivity.connecting')}
      {state === 'offline' ? (
        <span className="wide-only"> – {t('connectivity.offlineSafe')}</span>
      ) : null}
    </span>
  );
}

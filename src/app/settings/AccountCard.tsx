// The consultant's account on this tablet: who is signed in, the devices, revoking one, signing out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../protocol/api';
import { api, session } from '../services';
import { useAppStore } from '../state/store';
import { reportProblem } from '../hooks/problems';
import { RevokeDialog, type RevokeMode } from './RevokeDialog';

export function AccountCard() {
  const { t, i18n } = useTranslation();
  const state = useAppStore((s) => s.session);
  const online = useAppStore((s) => s.online);
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [revoking, setRevoking] = useState<Device | null>(null);
  const signedIn = state.status === 'signed-in';

  useEffect(() => {
    if (!signedIn || !online) return;
    let alive = true;
    session
      .getAccessToken()
      .then((token) => api.listDevices(token))
      .then(
        (list) => alive && setDevices(list),
        () => undefined,
      );
    return () => {
      alive = false;
    };
  }, [signedIn, online]);

  if (state.status === 'signed-out') return null;
  const revoke = async (id: string, mode: RevokeMode) => {
    try {
      await api.revokeDevice(await session.getAccessToken(), id, mode);
      setDevices(
        (list) =>
          list?.map((d) =>
            d.id === id ? { ...d, revokedAt: new Date().toISOString(), revokeMode: mode } : d,
          ) ?? null,
      );
    } catch (error) {
      reportProblem(error);
    }
  };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string | null | undefined) =>
    iso ? date.format(new Date(iso)) : t('devices.never');
  return (
    <section aria-labelledby="account-heading" className="card">
      <h2 id="account-heading">{t('settings.account')}</h2>
      <p>
        {t('settings.signedInAs', {
          email: state.user.email,
          organisation: state.user.organisationName,
        })}
      </p>
      {devices ? (
        <ul className="plain-list tablet-cases devices" data-testid="devices">
          {devices.map((d) => (
            <li key={d.id} data-device={d.id}>
              <span className="device-who">
                <span className="tablet-case-name">
                  {d.name}
                  {signedIn && d.id === state.deviceId ? ` (${t('settings.thisTablet')})` : ''}
                </span>
                <span className="hint">{[d.model, d.email].filter(Boolean).join(' · ')}</span>
                <span className="hint">
                  {t('devices.lastSeen', { when: when(d.lastSeenAt) })} ·{' '}
                  {t('devices.lastSync', { when: when(d.lastSyncAt) })}
                </span>
              </span>
              {d.revokedAt ? (
                <span className="chip chip-sync-error">
                  {d.revokeMode === 'retire' ? t('devices.retired') : t('settings.revoked')}
                </span>
              ) : (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => setRevoking(d)}
                >
                  {t('settings.revoke')}
                  <span className="visually-hidden">: {d.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {revoking ? (
        <RevokeDialog
          device={revoking}
          onRevoke={(mode) => revoke(revoking.id, mode)}
          onClose={() => setRevoking(null)}
        />
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void session.logout()}
      >
        {t('settings.signOut')}
      </button>
    </section>
  );
}

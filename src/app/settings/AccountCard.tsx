// The consultant's account on this tablet: who is signed in, the devices, revoking one, signing out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../protocol/api';
import { api, session } from '../services';
import { useAppStore } from '../state/store';
import { reportProblem } from '../hooks/problems';

export function AccountCard() {
  const { t, i18n } = useTranslation();
  const state = useAppStore((s) => s.session);
  const online = useAppStore((s) => s.online);
  const [devices, setDevices] = useState<Device[] | null>(null);
  const signedIn = state.status === 'signed-in';

  useEffect(() => {
    if (!signedIn || !online) return;
    let alive = true;
    session
      .getAccessToken()
      .then((token) => api.listDevices(token))
      .then((list) => alive && setDevices(list), () => undefined);
    return () => {
      alive = false;
    };
  }, [signedIn, online]);

  if (state.status === 'signed-out') return null;
  const revoke = async (id: string) => {
    try {
      await api.revokeDevice(await session.getAccessToken(), id);
      setDevices((list) => list?.map((d) => (d.id === id ? { ...d, revokedAt: new Date().toISOString() } : d)) ?? null);
    } catch (error) {
      reportProblem(error);
    }
  };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="account-heading" className="card">
      <h2 id="account-heading">{t('settings.account')}</h2>
      <p>{t('settings.signedInAs', { email: state.user.email, organisation: state.user.organisationName })}</p>
      {devices ? (
        <ul className="plain-list tablet-cases">
          {devices.map((d) => (
            <li key={d.id}>
              <span className="tablet-case-name">
                {d.name}
                {signedIn && d.id === state.deviceId ? ` (${t('settings.thisTablet')})` : ''}
              </span>
              <span>{d.lastSeenAt ? date.format(new Date(d.lastSeenAt)) : ''}</span>
              {d.revokedAt ? (
                <span className="chip chip-sync-error">{t('settings.revoked')}</span>
              ) : (
                <button type="button" className="button button-quiet" onClick={() => void revoke(d.id)}>
                  {t('settings.revoke')}
                  <span className="visually-hidden">: {d.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => void session.logout()}>
        {t('settings.signOut')}
      </button>
    </section>
  );
}

// Signing in once online registers this tablet; afterwards it works offline with its session. Signing in
// again (the server ended the session) continues on the same device, so the work on the tablet stays its own.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../sync/apiError';
import { session } from '../services';
import { useAppStore } from '../state/store';
import { saveDeviceName, savedDeviceName } from '../../storage/tabletIdentity';
import { Dialog } from '../ui/Dialog';
import { FormFooter } from '../ui/FormFooter';

export function LoginDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState(() => savedDeviceName() ?? 'Tablet');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The server ended this tablet's sign-in (expired, or its refresh token was used twice): say so plainly.
  const again = useAppStore((s) => s.session.status === 'expired');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.login(email, password, deviceName);
      saveDeviceName(deviceName);
      onClose();
    } catch (e) {
      const code = e instanceof ApiError ? e.code : 'server-error';
      setError(
        t(
          `account.error.${code === 'invalid-credentials' || code === 'offline' || code === 'rate-limited' || code === 'invalid-request' ? code : 'other'}`,
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog titleId="login-title" onClose={onClose}>
      <form onSubmit={submit} className="form">
        <h2 id="login-title">{t('account.title')}</h2>
        <p className="hint">{again ? t('account.signInAgainWhy') : t('account.why')}</p>
        <label className="field">
          <span>{t('account.email')}</span>
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>{t('account.password')}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>{t('account.deviceName')}</span>
          <input
            value={deviceName}
            onChange={(e) => setDeviceName(e.target.value)}
            required
            maxLength={100}
          />
        </label>
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={t('account.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

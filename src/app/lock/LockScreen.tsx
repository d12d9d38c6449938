// The PIN screen: unlocks the app, or takes the tablet back from handover. Wrong tries pause, then wipe synced data.
import { useEffect, useState } from 'react';
import { useLockStore, type UnlockResult } from './lockStore';
import { PinPad } from './PinPad';
import { lockT } from './lockTexts';
import { useAppStore } from '../state/store';

const currentTime = () => Date.now();

export function LockScreen({ purpose }: { purpose: 'unlock' | 'take-back' }) {
  const t = lockT;
  const tryPin = useLockStore((s) => s.tryPin);
  const cancelExit = useLockStore((s) => s.cancelExit);
  const blockedUntil = useLockStore((s) => s.counters.blockedUntil);
  const [message, setMessage] = useState<string | null>(null);
  const [now, setNow] = useState(currentTime);
  const blocked = !!blockedUntil && Date.parse(blockedUntil) > now;

  useEffect(() => {
    if (!blocked) return;
    const timer = setInterval(() => setNow(currentTime()), 1000);
    return () => clearInterval(timer);
  }, [blocked]);

  const describe = (result: UnlockResult): string | null => {
    switch (result.kind) {
      case 'unlocked':
        return null;
      case 'wrong':
        return t('lock.wrong', { count: result.triesBeforeBlock });
      case 'blocked':
        return t('lock.blocked');
      case 'wipe':
        return t('lock.blocked');
      case 'wiped':
        return t('lock.wiped', { count: result.kept });
    }
  };

  const submit = async (pin: string) => {
    const handover = useLockStore.getState().handover;
    const result = await tryPin(pin);
    if (result.kind === 'unlocked' && purpose === 'take-back' && handover) {
      useAppStore.getState().navigate({ name: 'case', caseId: handover.caseId }, { replace: true });
    }
    setNow(currentTime());
    setMessage(describe(result));
  };

  const seconds = blocked ? Math.ceil((Date.parse(blockedUntil!) - now) / 1000) : 0;
  return (
    <main className="lock-screen" id="main" lang="nl" dir="ltr" data-testid="lock-screen">
      <div className="lock-card">
        <span className="logo logo-big" aria-hidden="true" />
        <h1>{purpose === 'unlock' ? t('lock.title') : t('lock.takeBackTitle')}</h1>
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        {blocked ? <p className="hint">{t('lock.waitSeconds', { count: seconds })}</p> : null}
        <PinPad
          t={t}
          label={t('lock.pin')}
          disabled={blocked}
          onSubmit={(pin) => void submit(pin)}
        />
        {purpose === 'take-back' ? (
          <button type="button" className="button button-quiet" onClick={cancelExit}>
            {t('lock.backToConversation')}
          </button>
        ) : null}
      </div>
    </main>
  );
}

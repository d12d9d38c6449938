// First start: the consultant chooses a PIN (twice) that unlocks the app, also offline.
import { useState } from 'react';
import { pinProblem } from '../../domain/lockPolicy';
import { useLockStore } from './lockStore';
import { PinPad } from './PinPad';
import { lockT } from './lockTexts';

export function SetPinScreen() {
  const t = lockT;
  const setPin = useLockStore((s) => s.setPin);
  const [first, setFirst] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (pin: string) => {
    if (first === null) {
      const problem = pinProblem(pin);
      if (problem) return setMessage(t(`lock.problem.${problem}`));
      setFirst(pin);
      return setMessage(null);
    }
    if (pin !== first) {
      setFirst(null);
      return setMessage(t('lock.mismatch'));
    }
    await setPin(pin);
  };

  return (
    <main className="lock-screen" id="main" lang="nl" dir="ltr">
      <div className="lock-card">
        <span className="logo logo-big" aria-hidden="true" />
        <h1>{first === null ? t('lock.chooseTitle') : t('lock.repeatTitle')}</h1>
        <p className="hint">{t('lock.chooseWhy')}</p>
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <PinPad t={t} label={t('lock.pin')} onSubmit={(pin) => void submit(pin)} />
      </div>
    </main>
  );
}

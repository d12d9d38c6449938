// A big numeric keypad for the PIN, usable by touch and keyboard; the digits are never shown.
import { useEffect, useState } from 'react';
import type { LockT } from './lockTexts';

interface Props {
  t: LockT;
  label: string;
  disabled?: boolean;
  onSubmit(pin: string): void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PinPad({ t, label, disabled, onSubmit }: Props) {
  const [pin, setPin] = useState('');
  const add = (digit: string) => setPin((p) => (p.length < 8 ? p + digit : p));
  const submit = () => {
    if (pin.length === 0) return;
    onSubmit(pin);
    setPin('');
  };
  // The PIN screen fills the tablet, so a hardware keyboard types into it from anywhere.
  useEffect(() => {
    if (disabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLButtonElement && e.key === 'Enter') return;
      if (/^\d$/.test(e.key)) setPin((p) => (p.length < 8 ? p + e.key : p));
      else if (e.key === 'Backspace') setPin((p) => p.slice(0, -1));
      else if (e.key === 'Enter') document.querySelector<HTMLButtonElement>('.pin-key-ok')?.click();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [disabled]);
  return (
    <div className="pin-pad" dir="ltr">
      <div className="pin-dots" role="status" aria-label={label} data-testid="pin-dots">
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span key={i} className={`pin-dot ${i < pin.length ? 'is-filled' : ''}`} />
        ))}
        <span className="visually-hidden">{t('lock.digitsEntered', { count: pin.length })}</span>
      </div>
      <div className="pin-keys">
        {KEYS.map((k) => (
          <button
            key={k}
            type="button"
            className="pin-key"
            disabled={disabled}
            onClick={() => add(k)}
          >
            {k}
          </button>
        ))}
        <button
          type="button"
          className="pin-key pin-key-quiet"
          disabled={disabled}
          onClick={() => setPin((p) => p.slice(0, -1))}
          aria-label={t('lock.erase')}
        >
          ⌫
        </button>
        <button type="button" className="pin-key" disabled={disabled} onClick={() => add('0')}>
          0
        </button>
        <button
          type="button"
          className="pin-key pin-key-ok"
          disabled={disabled || pin.length === 0}
          onClick={submit}
          aria-label={t('lock.ok')}
        >
          ✓
        </button>
      </div>
    </div>
  );
}

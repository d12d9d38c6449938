// Locks the app after a period without touches in consultant mode (never in the middle of handover).
import { useEffect } from 'react';
import { useLockStore } from './lockStore';

export const AUTO_LOCK_MS = 5 * 60_000;

export function useAutoLock(active: boolean, delayMs = AUTO_LOCK_MS): void {
  const lock = useLockStore((s) => s.lock);
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(lock, delayMs);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, delayMs);
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const e of events) addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) removeEventListener(e, reset);
    };
  }, [active, delayMs, lock]);
}

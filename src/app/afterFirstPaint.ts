// Runs work once the first screen (PIN pad or new-PIN screen) is painted and the browser is idle — or after at most
// a second — so it never delays what the person sees first.
import { useLockStore } from './lock/lockStore';

const IDLE_TIMEOUT_MS = 1000;

const afterNextPaint = (work: () => void): void => {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(work, 0);
    }, 0),
  );
};

/** The lock store is ready when the app knows which first screen to show (App renders nothing before). */
export const whenFirstScreenShown = (work: () => void): void => {
  if (useLockStore.getState().ready) return afterNextPaint(work);
  const unsubscribe = useLockStore.subscribe((state) => {
    if (!state.ready) return;
    unsubscribe();
    afterNextPaint(work);
  });
};

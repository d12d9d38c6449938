// Runs work once the first screen (PIN pad or new-PIN screen) is painted and the browser is idle — or after at most
// a second — so it never delays what the person sees first; and work that may wait until the tablet is unlocked.
import { whenSignalOr } from './firstTouch';
import { useLockStore } from './lock/lockStore';

const IDLE_TIMEOUT_MS = 1000;

/** Runs `work` in a task right after the browser has painted its next frame; the returned function cancels it. */
export const afterNextPaint = (work: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export const afterFirstPaint = (work: () => void): void => {
  afterNextPaint(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(work, 0);
  });
};

/** The lock store is ready when the app knows which first screen to show (App renders nothing before). */
export const whenFirstScreenShown = (work: () => void): void => {
  if (useLockStore.getState().ready) return afterFirstPaint(work);
  const unsubscribe = useLockStore.subscribe((state) => {
    if (!state.ready) return;
    unsubscribe();
    afterFirstPaint(work);
  });
};

/**
 * Work the PIN pad must not compete with (starting sync, the other screens' code): once the tablet is unlocked with
 * its PIN, or after `atMostMs` — a locked tablet (or one still without a PIN) still syncs, a few seconds later.
 */
export const whenUnlockedOr = (atMostMs: number, work: () => void): void => {
  // A tablet without a PIN yet is not "unlocked": the first visit waits until the PIN is chosen (or the time).
  const open = (state: { ready: boolean; locked: boolean; hasPin: boolean }) =>
    state.ready && state.hasPin && !state.locked;
  whenSignalOr(
    atMostMs,
    (signal) => {
      const unsubscribe = useLockStore.subscribe((state) => open(state) && signal());
      if (open(useLockStore.getState())) signal();
      return unsubscribe;
    },
    work,
  );
};

// Work that can wait for the tablet to be idle (the case index row, compacting a case's update log): the
// browser's idle callback where there is one (not in Safari), else a plain timer.

/** Runs `work` when the main thread is idle, at the latest after `timeoutMs`; returns a cancel. */
export const whenIdle = (work: () => void, timeoutMs: number): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  // No idle callback: a short timer still lets the tap's own rendering and write go first.
  const id = setTimeout(work, Math.min(timeoutMs, 50));
  return () => clearTimeout(id);
};

/** Runs `work` after `delayMs` and then when idle; returns a cancel for both steps. */
export const afterThenIdle = (
  work: () => void,
  delayMs: number,
  idleTimeoutMs: number,
): (() => void) => {
  let cancelIdle: (() => void) | undefined;
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(work, idleTimeoutMs);
  }, delayMs);
  return () => {
    clearTimeout(timer);
    cancelIdle?.();
  };
};

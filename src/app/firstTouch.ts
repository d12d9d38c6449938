// Work that waits for a moment in the person's use of the tablet, or at most a few seconds: once, at the first of
// the two. `whenTouchedOr`: the first touch or key on the page (e.g. the first PIN digit), so the PIN pad stays quiet
// until it is used and what Enter needs (the case list's code and rows) is fetched while the rest is typed.

/** Runs `work` once: when `listen` signals (it returns how to stop listening) or after `atMostMs`. */
export const whenSignalOr = (
  atMostMs: number,
  listen: (signal: () => void) => () => void,
  work: () => void,
): void => {
  let done = false;
  // The signal may come while `listen` is still subscribing (already true): then it stops right after.
  const listening: { stop?: () => void } = {};
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    listening.stop?.();
    work();
  };
  const timer = setTimeout(run, atMostMs);
  listening.stop = listen(run);
  if (done) listening.stop();
};

/** What the start fetches ahead waits at most this long for the first touch (a pad nobody touches gets ready too). */
export const AHEAD_AT_THE_LATEST_MS = 3000;

const EVENTS = ['pointerdown', 'keydown'] as const;

export const whenTouchedOr = (atMostMs: number, work: () => void): void =>
  whenSignalOr(
    atMostMs,
    (signal) => {
      // After the touch's own handling and render: the digit lights up first.
      const touched = () => setTimeout(signal, 0);
      for (const type of EVENTS) window.addEventListener(type, touched, true);
      return () => {
        for (const type of EVENTS) window.removeEventListener(type, touched, true);
      };
    },
    work,
  );

// Growing waits per key (in memory): after some free failures, each further failure doubles the wait
// before the key may try again, up to a cap; a key left alone long enough starts afresh.
export interface GrowingDelayOptions {
  /** Failures that cost nothing; the one after them starts the first wait. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key whose wait ended this long ago without a new failure is forgotten (starts afresh). */
  forgetAfterMs: number;
  /** At most this many keys are kept; the least recently failed go first. */
  maxKeys: number;
}

export interface GrowingDelays {
  /** Milliseconds the key must still wait before it may try; 0 when it may try now. */
  waitMs(key: string): number;
  /** Counts a failure of the key; returns the wait it starts (0 while failures are free). */
  fail(key: string): number;
  /** The key starts afresh (e.g. after a success). */
  reset(key: string): void;
  /** Keys held now (for tests of the memory bound). */
  size(): number;
}

interface Entry {
  failures: number;
  /** When the current wait ends (the time of the last failure while failures are free). */
  until: number;
}

/** The wait after the n-th failure: 0 while free, then first, 2×first, 4×first … up to max. */
export const delayAfter = (
  failures: number,
  o: Pick<GrowingDelayOptions, 'freeFailures' | 'firstDelayMs' | 'maxDelayMs'>,
): number => {
  const over = failures - o.freeFailures;
  if (over <= 0) return 0;
  // Capping the exponent keeps the number finite however long an attacker goes on.
  return Math.min(o.maxDelayMs, o.firstDelayMs * 2 ** Math.min(over - 1, 40));
};

export const createGrowingDelays = (
  options: GrowingDelayOptions,
  now: () => number,
): GrowingDelays => {
  const entries = new Map<string, Entry>();
  const forgotten = (e: Entry, t: number) => t - e.until >= options.forgetAfterMs;

  const live = (key: string, t: number): Entry | undefined => {
    const e = entries.get(key);
    if (e && forgotten(e, t)) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };

  const prune = (t: number) => {
    for (const [k, e] of entries) if (forgotten(e, t)) entries.delete(k);
    // Map order is the order of the last failure: drop the stalest until a tenth of the room is free again.
    const target = Math.floor(options.maxKeys * 0.9);
    for (const k of entries.keys()) {
      if (entries.size <= target) break;
      entries.delete(k);
    }
  };

  return {
    waitMs: (key) => {
      const t = now();
      const e = live(key, t);
      return e ? Math.max(0, e.until - t) : 0;
    },
    fail: (key) => {
      const t = now();
      const failures = (live(key, t)?.failures ?? 0) + 1;
      const delay = delayAfter(failures, options);
      entries.delete(key); // re-inserted last: the map stays ordered by the last failure
      entries.set(key, { failures, until: t + delay });
      if (entries.size > options.maxKeys) prune(t);
      return delay;
    },
    reset: (key) => void entries.delete(key),
    size: () => entries.size,
  };
};

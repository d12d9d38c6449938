// How the tablet lock reacts to PIN attempts: pure rules, no storage and no clock of its own.

export interface LockCounters {
  /** Wrong PINs in a row since the last right one. */
  failedAttempts: number;
  /** ISO time until which no PIN is accepted. */
  blockedUntil?: string;
}

/** After this many wrong PINs in a row the app waits before the next try. */
export const BLOCK_AFTER = 5;
/** After this many wrong PINs in a row, data that is safely on the server is removed from the tablet. */
export const WIPE_AFTER = 10;
const BLOCK_MS = 60_000;

export type PinOutcome =
  | { kind: 'unlocked'; counters: LockCounters }
  | { kind: 'wrong'; counters: LockCounters; triesBeforeBlock: number }
  | { kind: 'blocked'; counters: LockCounters; until: string }
  | { kind: 'wipe'; counters: LockCounters; until: string };

export const INITIAL_COUNTERS: LockCounters = { failedAttempts: 0 };

/** Whether an attempt changed the counters (a right PIN after none wrong does not: nothing to store). */
export const countersChanged = (before: LockCounters, after: LockCounters): boolean =>
  before.failedAttempts !== after.failedAttempts || before.blockedUntil !== after.blockedUntil;

export const isBlocked = (counters: LockCounters, now: string): boolean =>
  !!counters.blockedUntil && Date.parse(counters.blockedUntil) > Date.parse(now);

/**
 * The result of one PIN attempt. While blocked, a try is not even checked. Each wrong PIN from the
 * fifth on blocks for one minute more than the last; the tenth also asks to wipe what is synced,
 * and the pauses go on growing after it (so guessing the PIN of unsynced work stays slow).
 */
export const attemptPin = (
  counters: LockCounters,
  pinIsRight: boolean,
  now: string,
): PinOutcome => {
  if (isBlocked(counters, now)) return { kind: 'blocked', counters, until: counters.blockedUntil! };
  if (pinIsRight) return { kind: 'unlocked', counters: INITIAL_COUNTERS };
  const failedAttempts = counters.failedAttempts + 1;
  if (failedAttempts >= BLOCK_AFTER) {
    const until = new Date(
      Date.parse(now) + (failedAttempts - BLOCK_AFTER + 1) * BLOCK_MS,
    ).toISOString();
    const next = { failedAttempts, blockedUntil: until };
    return failedAttempts === WIPE_AFTER
      ? { kind: 'wipe', counters: next, until }
      : { kind: 'blocked', counters: next, until };
  }
  return {
    kind: 'wrong',
    counters: { failedAttempts },
    triesBeforeBlock: BLOCK_AFTER - failedAttempts,
  };
};

/** A PIN of 4 to 8 digits that is not all one digit or a plain run (1234, 9876). */
export const pinProblem = (pin: string): 'digits' | 'length' | 'too-simple' | null => {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < 4 || pin.length > 8) return 'length';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0]!)) return 'too-simple';
  return null;
};

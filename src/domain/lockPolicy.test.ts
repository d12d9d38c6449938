// Tests of the PIN rules: wrong tries, blocking, the wipe threshold, and which PINs are allowed.
import { describe, expect, it } from 'vitest';
import {
  BLOCK_AFTER,
  INITIAL_COUNTERS,
  WIPE_AFTER,
  attemptPin,
  countersChanged,
  pinProblem,
  type LockCounters,
} from './lockPolicy';

const T0 = '2026-11-23T10:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const wrongTimes = (n: number): LockCounters => {
  let counters = INITIAL_COUNTERS;
  let now = T0;
  for (let i = 0; i < n; i++) {
    const outcome = attemptPin(counters, false, now);
    counters = outcome.counters;
    if (outcome.kind === 'blocked') now = outcome.until;
  }
  return counters;
};

describe('attemptPin', () => {
  it('unlocks with the right PIN and resets the count', () => {
    expect(attemptPin({ failedAttempts: 3 }, true, T0)).toEqual({
      kind: 'unlocked',
      counters: { failedAttempts: 0 },
    });
  });

  it('counts wrong tries and says how many remain before a pause', () => {
    expect(attemptPin(INITIAL_COUNTERS, false, T0)).toEqual({
      kind: 'wrong',
      counters: { failedAttempts: 1 },
      triesBeforeBlock: BLOCK_AFTER - 1,
    });
  });

  it('blocks after the fifth wrong PIN and ignores even the right PIN until the pause is over', () => {
    const counters = wrongTimes(BLOCK_AFTER);
    expect(counters.blockedUntil).toBe(later(60_000));
    expect(attemptPin(counters, true, later(30_000)).kind).toBe('blocked');
    expect(attemptPin(counters, true, later(61_000)).kind).toBe('unlocked');
  });

  it('asks to wipe synced data at the tenth wrong PIN in a row, and keeps blocking after it', () => {
    const counters = wrongTimes(WIPE_AFTER - 1);
    const outcome = attemptPin(counters, false, counters.blockedUntil ?? T0);
    expect(outcome.kind).toBe('wipe');
    const after = attemptPin(outcome.counters, false, outcome.counters.blockedUntil!);
    expect(after.kind).toBe('blocked');
    expect(
      Date.parse((after as { until: string }).until) - Date.parse(outcome.counters.blockedUntil!),
    ).toBe((WIPE_AFTER - BLOCK_AFTER + 2) * 60_000);
  });
});

describe('countersChanged', () => {
  it('is false only for the right PIN after none wrong: then nothing needs storing', () => {
    expect(countersChanged(INITIAL_COUNTERS, attemptPin(INITIAL_COUNTERS, true, T0).counters)).toBe(
      false,
    );
    expect(
      countersChanged(INITIAL_COUNTERS, attemptPin(INITIAL_COUNTERS, false, T0).counters),
    ).toBe(true);
    const twoWrong = wrongTimes(2);
    expect(countersChanged(twoWrong, attemptPin(twoWrong, true, T0).counters)).toBe(true);
    // The fifth wrong PIN keeps nothing the same: one more try and a pause.
    const four = wrongTimes(BLOCK_AFTER - 1);
    expect(countersChanged(four, attemptPin(four, false, T0).counters)).toBe(true);
  });
});

describe('pinProblem', () => {
  it.each([
    ['12a4', 'digits'],
    ['123', 'length'],
    ['123456789', 'length'],
    ['1111', 'too-simple'],
    ['1234', 'too-simple'],
    ['9876', 'too-simple'],
  ])('refuses %s (%s)', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });
  it('accepts an ordinary PIN', () => {
    expect(pinProblem('2580')).toBeNull();
    expect(pinProblem('749213')).toBeNull();
  });
});

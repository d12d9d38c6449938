// Tests of the login throttle with a hand-moved clock: growing waits per account-and-address, the limit per
// address, the mild slow-down per account, forgetting, and bounded memory.
import { describe, expect, it } from 'vitest';
import { createGrowingDelays, delayAfter } from './growingDelays';
import {
  createLoginThrottle,
  type LoginThrottleOptions,
  type ThrottleVerdict,
} from './loginThrottle';
import { createRateLimiter } from './rateLimit';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

const setup = (options: Partial<LoginThrottleOptions> = {}) => {
  const c = clock();
  const throttle = createLoginThrottle(options, c.now);
  /** An attempt whose password turns out wrong (the throttle counts it as failed until told otherwise). */
  const wrong = (account: string, address: string): ThrottleVerdict =>
    throttle.attempt(account, address);
  return { ...c, throttle, wrong };
};

const refusedFor = (v: ThrottleVerdict) => (v.allowed ? 0 : v.retryAfterSeconds);

describe('login throttle', () => {
  it('lets 4 failures of an account from one address through, then doubles the wait after each further one (1 s, 2 s, 4 s …)', () => {
    const { wrong, advance } = setup();
    for (let i = 0; i < 5; i++) expect(wrong('a@x.nl', '10.0.0.1')).toEqual({ allowed: true });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const refused = wrong('a@x.nl', '10.0.0.1');
      expect(refused).toMatchObject({ allowed: false, scope: 'account-and-address' });
      waits.push(refusedFor(refused));
      advance(refusedFor(refused) * 1000);
      expect(wrong('a@x.nl', '10.0.0.1')).toEqual({ allowed: true });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
  });

  it('caps the wait of an account-and-address (15 minutes by default)', () => {
    expect(
      delayAfter(4 + 30, { freeFailures: 4, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 }),
    ).toBe(15 * 60_000);
    expect(delayAfter(1e9, { freeFailures: 4, firstDelayMs: 1000, maxDelayMs: 900_000 })).toBe(
      900_000,
    );
    expect(delayAfter(4, { freeFailures: 4, firstDelayMs: 1000, maxDelayMs: 900_000 })).toBe(0);
  });

  it('never keeps the account out from another address: guesses from one address do not block the real consultant elsewhere', () => {
    const { throttle, wrong } = setup();
    for (let i = 0; i < 20; i++) wrong('consultant@x.nl', '203.0.113.9');
    expect(wrong('consultant@x.nl', '203.0.113.9').allowed).toBe(false);
    expect(throttle.attempt('consultant@x.nl', '198.51.100.4')).toEqual({ allowed: true });
  });

  it('starts an account-and-address afresh after a success', () => {
    const { throttle, wrong, advance } = setup();
    for (let i = 0; i < 5; i++) wrong('a@x.nl', '10.0.0.1');
    advance(1000);
    expect(throttle.attempt('a@x.nl', '10.0.0.1').allowed).toBe(true);
    throttle.succeeded('a@x.nl', '10.0.0.1');
    for (let i = 0; i < 5; i++) expect(wrong('a@x.nl', '10.0.0.1').allowed).toBe(true);
    expect(wrong('a@x.nl', '10.0.0.1')).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('counts an attempt before its password is checked, so parallel guesses cannot all slip in', () => {
    const { throttle } = setup();
    const verdicts = Array.from({ length: 10 }, () => throttle.attempt('a@x.nl', '10.0.0.1'));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it('limits attempts per address per minute, for any accounts, with the rest of the minute as Retry-After', () => {
    const { throttle, advance } = setup({ attemptsPerAddressPerMinute: 3 });
    for (let i = 0; i < 3; i++)
      expect(throttle.attempt(`u${i}@x.nl`, '10.0.0.1').allowed).toBe(true);
    advance(20_000);
    expect(throttle.attempt('u9@x.nl', '10.0.0.1')).toEqual({
      allowed: false,
      scope: 'address',
      retryAfterSeconds: 40,
    });
    expect(throttle.attempt('u9@x.nl', '10.0.0.2').allowed).toBe(true);
    advance(40_000);
    expect(throttle.attempt('u9@x.nl', '10.0.0.1').allowed).toBe(true);
  });

  it('slows an account guessed from many addresses, at most maxAccountDelayMs, but not from an address it signed in from', () => {
    const { throttle, advance } = setup({ freeFailuresPerAccount: 10, maxAccountDelayMs: 5000 });
    expect(throttle.attempt('a@x.nl', '192.0.2.1').allowed).toBe(true);
    throttle.succeeded('a@x.nl', '192.0.2.1');
    // That first attempt counted too (before its password was known), so 9 more are free.
    for (let i = 0; i < 9; i++)
      expect(throttle.attempt('a@x.nl', `203.0.113.${i}`).allowed).toBe(true);
    // The 11th failure started the account's first wait.
    expect(throttle.attempt('a@x.nl', '203.0.113.100').allowed).toBe(true);
    expect(throttle.attempt('a@x.nl', '203.0.113.101')).toMatchObject({
      allowed: false,
      scope: 'account',
      retryAfterSeconds: 1,
    });
    expect(throttle.attempt('a@x.nl', '192.0.2.1').allowed).toBe(true);
    for (let i = 0; i < 10; i++) {
      advance(10_000);
      throttle.attempt('a@x.nl', `198.51.100.${i}`);
    }
    expect(throttle.attempt('a@x.nl', '198.51.100.200')).toMatchObject({
      allowed: false,
      retryAfterSeconds: 5,
    });
  });

  it('forgets the failures of an account-and-address left alone long enough', () => {
    const { wrong, advance } = setup({ forgetAfterMs: 60_000 });
    for (let i = 0; i < 5; i++) wrong('a@x.nl', '10.0.0.1');
    advance(1000 + 60_000);
    for (let i = 0; i < 5; i++) expect(wrong('a@x.nl', '10.0.0.1').allowed).toBe(true);
  });
});

describe('memory of the throttle', () => {
  it('keeps at most maxKeys growing delays, dropping those that failed longest ago', () => {
    const c = clock();
    const delays = createGrowingDelays(
      {
        freeFailures: 0,
        firstDelayMs: 1000,
        maxDelayMs: 60_000,
        forgetAfterMs: 3_600_000,
        maxKeys: 100,
      },
      c.now,
    );
    for (let i = 0; i < 1000; i++) delays.fail(`k${i}`);
    expect(delays.size()).toBeLessThanOrEqual(100);
    expect(delays.waitMs('k999')).toBe(1000);
    expect(delays.waitMs('k0')).toBe(0);
  });

  it('drops forgotten entries first', () => {
    const c = clock();
    const delays = createGrowingDelays(
      { freeFailures: 0, firstDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 1000, maxKeys: 10 },
      c.now,
    );
    for (let i = 0; i < 10; i++) delays.fail(`old${i}`);
    c.advance(5000);
    delays.fail('new');
    expect(delays.size()).toBe(1);
  });

  it('keeps at most maxKeys address windows', () => {
    const c = clock();
    const limiter = createRateLimiter(3, 60_000, c.now, 50);
    for (let i = 0; i < 500; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`);
    let held = 0;
    for (let i = 0; i < 500; i++) if (limiter.retryAfterMs(`10.0.${i >> 8}.${i & 255}`) > 0) held++;
    expect(held).toBeLessThanOrEqual(50);
  });
});

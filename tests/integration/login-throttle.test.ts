// Login throttling without a lock-out weapon: wrong passwords for a consultant from one address make that
// address wait longer and longer (Retry-After), while she signs in at once from another; the limit per
// address still holds. The server's throttle clock is moved by the test instead of sleeping.
// On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { PASSWORD, startTestServer, type TestServer } from './support/server';

const ATTEMPTS_PER_ADDRESS = 30;
const FREE_FAILURES = 4;

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`login throttling on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`login throttling on ${kind}`, () => {
    let server: TestServer;
    let time = Date.now();
    const advance = (seconds: number) => void (time += seconds * 1000);

    /** A login claiming to come from `address` (the server trusts X-Forwarded-For from 127.0.0.1). */
    const login = async (address: string, email: string, password: string) => {
      const response = await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email, password, deviceName: 'test tablet' }),
      });
      const retryAfter = response.headers.get('retry-after');
      return {
        status: response.status,
        retryAfter: retryAfter === null ? null : Number(retryAfter),
        body: (await response.json()) as unknown,
      };
    };
    const refusals = async (email: string) =>
      server.db.query(
        "SELECT ip FROM audit_log WHERE action = 'login' AND reason = 'rate-limited' AND target = $1",
        [email],
      );

    beforeAll(async () => {
      server = await startTestServer(
        kind,
        { trustProxy: ['127.0.0.1'] },
        {
          auth: {
            maxAttemptsPerIp: ATTEMPTS_PER_ADDRESS,
            loginThrottle: {
              freeFailuresPerAccountAndAddress: FREE_FAILURES,
              firstDelayMs: 1000,
              maxDelayMs: 8000,
              freeFailuresPerAccount: 12,
              maxAccountDelayMs: 5000,
            },
            now: () => time,
          },
        },
      );
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('throttles wrong passwords for a consultant from one address with growing Retry-After, while she signs in at once from another', async () => {
      const { consultant } = (await server.organisation('Gemeente Doelwit')).emails;
      const attacker = '203.0.113.66';
      for (let i = 0; i < FREE_FAILURES + 1; i++)
        expect((await login(attacker, consultant, `guess ${i}`)).status).toBe(401);
      const throttled = await login(attacker, consultant, 'guess 5');
      expect(throttled).toEqual({ status: 429, retryAfter: 1, body: { error: 'rate-limited' } });
      // Not even the right password gets through from there while it waits.
      expect((await login(attacker, consultant, PASSWORD)).status).toBe(429);

      const real = await login('198.51.100.10', consultant, PASSWORD);
      expect(real.status).toBe(200);
      expect(real.body).toMatchObject({ user: { email: consultant } });
      // Refused, audited (the audit log tallies repeats from one address in a minute into one row).
      expect(new Set((await refusals(consultant)).map((r) => r.ip))).toEqual(new Set([attacker]));
    });

    it('doubles the wait after each further failure, up to the cap, and a success from that address starts it afresh', async () => {
      const { consultant } = (await server.organisation('Gemeente Wachten')).emails;
      const address = '203.0.113.77';
      for (let i = 0; i < FREE_FAILURES + 1; i++) await login(address, consultant, 'wrong');
      const waits: number[] = [];
      for (let i = 0; i < 5; i++) {
        const refused = await login(address, consultant, 'wrong');
        expect(refused.status).toBe(429);
        waits.push(refused.retryAfter ?? 0);
        advance(refused.retryAfter ?? 0);
        expect((await login(address, consultant, 'wrong')).status).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4, 8, 8]);

      advance(8);
      expect((await login(address, consultant, PASSWORD)).status).toBe(200);
      for (let i = 0; i < FREE_FAILURES + 1; i++)
        expect((await login(address, consultant, 'wrong')).status).toBe(401);
      expect(await login(address, consultant, 'wrong')).toMatchObject({
        status: 429,
        retryAfter: 1,
      });
    });

    it('still limits attempts per address per minute, for any accounts', async () => {
      const address = '203.0.113.88';
      const statuses: number[] = [];
      for (let i = 0; i < ATTEMPTS_PER_ADDRESS + 2; i++)
        statuses.push((await login(address, `nobody${i}@example.nl`, 'wrong')).status);
      expect(statuses.slice(0, ATTEMPTS_PER_ADDRESS)).toEqual(
        Array(ATTEMPTS_PER_ADDRESS).fill(401),
      );
      expect(statuses.slice(ATTEMPTS_PER_ADDRESS)).toEqual([429, 429]);
      const refused = await login(address, 'someone@example.nl', 'wrong');
      expect(refused.retryAfter).toBeGreaterThan(0);
      expect(refused.retryAfter).toBeLessThanOrEqual(60);
      // Another address is not affected; after the minute this one may try again.
      expect((await login('203.0.113.89', 'someone@example.nl', 'wrong')).status).toBe(401);
      advance(60);
      expect((await login(address, 'someone@example.nl', 'wrong')).status).toBe(401);
    });

    it('slows guessing of one account from many addresses only briefly, and never from an address she signed in from', async () => {
      const { consultant } = (await server.organisation('Gemeente Verspreid')).emails;
      const home = '192.0.2.10';
      expect((await login(home, consultant, PASSWORD)).status).toBe(200);
      // Her sign-in counted as an attempt of the account too; 11 more failures are free, the next one starts a wait.
      for (let i = 0; i < 12; i++)
        expect((await login(`198.18.0.${i + 1}`, consultant, 'wrong')).status).toBe(401);
      const elsewhere = await login('198.18.1.1', consultant, PASSWORD);
      expect(elsewhere.status).toBe(429);
      expect(elsewhere.retryAfter).toBeLessThanOrEqual(5);
      expect((await login(home, consultant, PASSWORD)).status).toBe(200);
      advance(5);
      expect((await login('198.18.1.1', consultant, PASSWORD)).status).toBe(200);
    });
  });
}

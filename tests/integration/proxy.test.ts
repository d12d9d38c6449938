// Proxies are trusted only when named (TRUST_PROXY): without it, X-Forwarded-For is ignored, so a
// client cannot escape the login limit per address by sending a new made-up address each time; with
// the proxy named, the header gives the client's address and each client has its own limit.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';

const ATTEMPTS_PER_ADDRESS = 3;
let server: TestServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Wrong logins for different (unknown) accounts, each claiming to come from another address. */
const spoofedAttempts = async (
  s: TestServer,
  count: number,
  forwardedFor: (i: number) => string,
): Promise<number[]> => {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${s.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
      body: JSON.stringify({ email: `nobody${i}@example.nl`, password: 'wrong', deviceName: 'x' }),
    });
    statuses.push(response.status);
  }
  return statuses;
};

describe('proxies', () => {
  it('trusts no X-Forwarded-For by default, also in production: spoofed addresses do not escape the login limit', async () => {
    server = await startTestServer(
      'pglite',
      { production: true },
      { auth: { maxAttemptsPerIp: ATTEMPTS_PER_ADDRESS } },
    );
    const statuses = await spoofedAttempts(
      server,
      ATTEMPTS_PER_ADDRESS + 2,
      (i) => `203.0.113.${i + 1}`,
    );
    expect(statuses.slice(0, ATTEMPTS_PER_ADDRESS)).toEqual(Array(ATTEMPTS_PER_ADDRESS).fill(401));
    expect(statuses.slice(ATTEMPTS_PER_ADDRESS)).toEqual([429, 429]);
  });

  it('believes the header from a named proxy: each client behind it has its own limit', async () => {
    server = await startTestServer(
      'pglite',
      { trustProxy: ['127.0.0.1'] },
      { auth: { maxAttemptsPerIp: ATTEMPTS_PER_ADDRESS } },
    );
    expect(
      await spoofedAttempts(server, ATTEMPTS_PER_ADDRESS + 2, (i) => `203.0.113.${i + 1}`),
    ).toEqual(Array(ATTEMPTS_PER_ADDRESS + 2).fill(401));
    // One client behind the proxy is still limited.
    const same = await spoofedAttempts(server, ATTEMPTS_PER_ADDRESS + 1, () => '198.51.100.7');
    expect(same.at(-1)).toBe(429);
  });
});

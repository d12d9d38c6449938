// The hook and decorator every REST route uses: a bad token is answered 401/403 before the handler runs, a good one
// puts the person on the request, a role outside the allowed ones is refused 403 and audited, and request.audit
// adds who and from where to each entry.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit';
import { allowRoles, principalOf, registerRequestAuth } from './requestAuth';
import type { AuthService } from './service';
import type { Principal } from './tokens';

const TEAMLEIDER: Principal = {
  userId: 'u1',
  organisationId: 'org-1',
  role: 'teamleider',
  deviceId: 'd1',
};
const CONSULTANT: Principal = { ...TEAMLEIDER, userId: 'u2', role: 'consultant' };

const setup = () => {
  const entries: AuditEntry[] = [];
  const verified: { token: string; action: string }[] = [];
  const auth = {
    verify: async (token: string, ctx: { action: string }) => {
      verified.push({ token, action: ctx.action });
      if (token === 'teamleider') return { ok: true as const, value: TEAMLEIDER };
      if (token === 'consultant') return { ok: true as const, value: CONSULTANT };
      if (token === 'revoked')
        return { ok: false as const, status: 403, error: 'device-revoked' as const };
      return { ok: false as const, status: 401, error: 'invalid-token' as const };
    },
  } as unknown as AuthService;
  const app = Fastify();
  registerRequestAuth(app, { auth, audit: async (entry) => void entries.push(entry) });
  let handled = 0;
  app.get('/open', async (request) => {
    await request.audit({ action: 'open', outcome: 'refused', reason: 'x' });
    return { principal: request.principal };
  });
  app.get('/me', { preHandler: app.signedIn }, async (request) => {
    handled++;
    await request.audit({ action: 'me', outcome: 'ok', target: 't' });
    return principalOf(request);
  });
  app.get(
    '/lead',
    { preHandler: [app.signedIn, allowRoles('lead-read', ['teamleider'])] },
    async () => {
      handled++;
      return { ok: true };
    },
  );
  app.get('/forgot', async (request) => principalOf(request));
  return { app, entries, verified, handled: () => handled };
};

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('app.signedIn', () => {
  it('answers a missing, bad or revoked token itself, and the handler never runs', async () => {
    const s = setup();
    app = s.app;
    expect((await app.inject({ url: '/me' })).json()).toEqual({ error: 'invalid-token' });
    expect((await app.inject({ url: '/me', headers: bearer('nonsense') })).statusCode).toBe(401);
    const revoked = await app.inject({ url: '/me', headers: bearer('revoked') });
    expect([revoked.statusCode, revoked.json()]).toEqual([403, { error: 'device-revoked' }]);
    expect(s.handled()).toBe(0);
    expect(s.verified.at(-1)).toEqual({ token: 'revoked', action: 'http GET /me' });
  });

  it('puts the signed-in person on the request, and request.audit adds who and from where', async () => {
    const s = setup();
    app = s.app;
    const res = await app.inject({
      url: '/me',
      headers: bearer('teamleider'),
      remoteAddress: '10.0.0.7',
    });
    expect(res.json()).toEqual(TEAMLEIDER);
    expect(s.entries).toEqual([
      {
        action: 'me',
        outcome: 'ok',
        target: 't',
        organisationId: 'org-1',
        userId: 'u1',
        deviceId: 'd1',
        ip: '10.0.0.7',
      },
    ]);
  });

  it('leaves a route without it alone: no person, and an audit entry with the address only', async () => {
    const s = setup();
    app = s.app;
    expect(
      (
        await app.inject({ url: '/open', headers: bearer('teamleider'), remoteAddress: '10.0.0.8' })
      ).json(),
    ).toEqual({ principal: null });
    expect(s.entries).toEqual([
      {
        action: 'open',
        outcome: 'refused',
        reason: 'x',
        organisationId: undefined,
        userId: undefined,
        deviceId: undefined,
        ip: '10.0.0.8',
      },
    ]);
    expect(s.verified).toEqual([]);
    expect((await app.inject({ url: '/forgot' })).statusCode).toBe(500);
  });
});

describe('allowRoles', () => {
  it('lets an allowed role through and refuses another with 403, audited under the action with the role', async () => {
    const s = setup();
    app = s.app;
    expect((await app.inject({ url: '/lead', headers: bearer('teamleider') })).json()).toEqual({
      ok: true,
    });
    const refused = await app.inject({
      url: '/lead',
      headers: bearer('consultant'),
      remoteAddress: '10.0.0.9',
    });
    expect([refused.statusCode, refused.json()]).toEqual([403, { error: 'forbidden' }]);
    expect(s.handled()).toBe(1);
    expect(s.entries).toEqual([
      {
        action: 'lead-read',
        outcome: 'refused',
        reason: 'role-consultant',
        organisationId: 'org-1',
        userId: 'u2',
        deviceId: 'd1',
        ip: '10.0.0.9',
      },
    ]);
  });
});

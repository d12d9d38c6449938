// Accounts and access: login, refresh, expired tokens, revoked devices, foreign municipalities, roles; refusals audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { SessionResponse } from '../../src/protocol/api';
import { revokeDevice } from '../../src/server/auth/devices';
import { checkRevocations } from '../../src/server/collab/revocationWatch';
import { signAccessToken } from '../../src/server/auth/tokens';
import { connectClient, until, whenRefused, whenSynced, type Client } from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { PASSWORD, startTestServer, type TestServer } from './support/server';

const caseName = () => `case/${randomUUID()}`;

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`accounts and access on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`accounts and access on ${kind}`, () => {
    let server: TestServer;
    let orgA: Awaited<ReturnType<TestServer['organisation']>>;
    let orgB: Awaited<ReturnType<TestServer['organisation']>>;
    const clients: Client[] = [];
    const client = (name: string, token: string) => {
      const c = connectClient(server.wsUrl, name, token);
      clients.push(c);
      return c;
    };
    const api = (path: string, token?: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    const refusals = async (reason: string) =>
      server.db.query("SELECT * FROM audit_log WHERE outcome = 'refused' AND reason = $1", [
        reason,
      ]);

    beforeAll(async () => {
      server = await startTestServer(kind);
      orgA = await server.organisation('Gemeente A', ['consultant', 'teamleider', 'beheerder']);
      orgB = await server.organisation('Gemeente B');
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
    });

    it('refuses a wrong password and an unknown account alike, and audits both', async () => {
      const wrong = await server.login(orgA.emails.consultant, 'not the password');
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual({ error: 'invalid-credentials' });
      const unknown = await server.login('nobody@example.nl', PASSWORD);
      expect(unknown.status).toBe(401);
      expect((await refusals('wrong-password')).length).toBeGreaterThanOrEqual(1);
      expect((await refusals('unknown-user')).length).toBeGreaterThanOrEqual(1);
    });

    it('rejects a malformed login body', async () => {
      expect((await api('/api/login', undefined, { email: 'no-email', password: '' })).status).toBe(
        400,
      );
    });

    it('rate-limits repeated failed logins for an account', async () => {
      const org = await server.organisation('Gemeente Rate');
      for (let i = 0; i < 5; i++)
        expect((await server.login(org.emails.consultant, 'wrong')).status).toBe(401);
      const blocked = await server.login(org.emails.consultant, PASSWORD);
      expect(blocked.status).toBe(429);
      expect(await blocked.json()).toEqual({ error: 'rate-limited' });
    });

    it('logs in, registers the device, and rotates the refresh token', async () => {
      const s = await server.session(orgA.emails.consultant);
      const me = await api('/api/me', s.accessToken);
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({
        email: orgA.emails.consultant,
        role: 'consultant',
        deviceId: s.deviceId,
      });

      const r1 = (await (
        await api('/api/refresh', undefined, { refreshToken: s.refreshToken })
      ).json()) as SessionResponse;
      expect(r1.refreshToken).not.toBe(s.refreshToken);
      expect(r1.deviceId).toBe(s.deviceId);
      // A lost response must not lock the tablet out: the previous token works once more.
      const retry = await api('/api/refresh', undefined, { refreshToken: s.refreshToken });
      expect(retry.status).toBe(200);
      const r2 = (await retry.json()) as SessionResponse;
      await api('/api/refresh', undefined, { refreshToken: r2.refreshToken });
      // Two rotations later the first token is dead.
      expect((await api('/api/refresh', undefined, { refreshToken: s.refreshToken })).status).toBe(
        401,
      );
    });

    it('refuses an expired access token on the API and on the socket', async () => {
      const s = await server.session(orgA.emails.consultant);
      const past = Math.floor(Date.now() / 1000) - 3600;
      const { token } = await signAccessToken(
        server.auth.keys,
        {
          userId: s.user.id,
          organisationId: s.user.organisationId,
          role: s.user.role,
          deviceId: s.deviceId,
        },
        past,
        60,
      );
      const res = await api('/api/me', token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'token-expired' });
      const c = client(caseName(), token);
      expect(await whenRefused(c)).toBe('token-expired');
      expect((await refusals('token-expired')).length).toBeGreaterThanOrEqual(2);
    });

    it('refuses a forged token', async () => {
      const s = await server.session(orgA.emails.consultant);
      const forged = `${s.accessToken.slice(0, -4)}AAAA`;
      expect((await api('/api/me', forged)).status).toBe(401);
      expect(await whenRefused(client(caseName(), forged))).toBe('invalid-token');
    });

    it('refuses a revoked device everywhere and closes its open socket', async () => {
      const s = await server.session(orgA.emails.consultant);
      const name = caseName();
      const live = client(name, s.accessToken);
      live.doc.getMap('answers').set('q', 'before revocation');
      await whenSynced(live);

      const revoke = await api(`/api/devices/${s.deviceId}/revoke`, s.accessToken, {});
      expect(revoke.status).toBe(200);
      // The open socket is closed; its reconnect is refused.
      expect(await whenRefused(live)).toBe('device-revoked');

      const me = await api('/api/me', s.accessToken);
      expect(me.status).toBe(403);
      expect(await me.json()).toEqual({ error: 'device-revoked' });
      const refresh = await api('/api/refresh', undefined, { refreshToken: s.refreshToken });
      expect(refresh.status).toBe(403);
      expect(await whenRefused(client(caseName(), s.accessToken))).toBe('device-revoked');
      expect((await refusals('device-revoked')).length).toBeGreaterThanOrEqual(3);
    });

    it('closes the sockets of a device revoked elsewhere (CLI, another instance) at the next check', async () => {
      const s = await server.session(orgA.emails.consultant);
      const live = client(caseName(), s.accessToken);
      await whenSynced(live);
      const since = new Date(Date.now() - 1000);
      expect(await revokeDevice(server.db, s.deviceId)).toBe(true);
      expect((await checkRevocations(server.sync, server.db, since)).closed).toBeGreaterThanOrEqual(
        1,
      );
      expect(await whenRefused(live)).toBe('device-revoked');
    });

    it("refuses another municipality's case and leaks nothing of it", async () => {
      const a = await server.session(orgA.emails.consultant);
      const b = await server.session(orgB.emails.consultant);
      const name = caseName();
      const owner = client(name, a.accessToken);
      owner.doc.getMap('answers').set('secret', 'health data of A');
      await whenSynced(owner);

      const intruder = client(name, b.accessToken);
      expect(await whenRefused(intruder)).toBe('forbidden');
      expect(intruder.doc.getMap('answers').toJSON()).toEqual({});
      const rows = await refusals('other-organisation');
      expect(rows.some((r) => r.target === name && r.organisation_id === orgB.id)).toBe(true);
      // The owner keeps working.
      owner.doc.getMap('answers').set('more', 'still fine');
      await whenSynced(owner);
    });

    it('lets a teamleider of the same municipality in, and keeps a beheerder out of dossiers', async () => {
      const consultant = await server.session(orgA.emails.consultant);
      const name = caseName();
      const owner = client(name, consultant.accessToken);
      owner.doc.getMap('answers').set('q', 'by consultant');
      await whenSynced(owner);

      const lead = client(name, (await server.session(orgA.emails.teamleider)).accessToken);
      await whenSynced(lead);
      await until(() => lead.doc.getMap('answers').get('q') === 'by consultant');

      const admin = await server.session(orgA.emails.beheerder);
      expect(await whenRefused(client(name, admin.accessToken))).toBe('forbidden');
      expect((await api('/api/cases', admin.accessToken)).status).toBe(403);
      expect((await refusals('role-beheerder')).length).toBeGreaterThanOrEqual(2);
    });

    it('refuses document names that are not a case', async () => {
      const s = await server.session(orgA.emails.consultant);
      expect(await whenRefused(client('case/not-a-uuid', s.accessToken))).toBe('unknown-document');
      expect(await whenRefused(client('users/all', s.accessToken))).toBe('unknown-document');
    });

    it('refuses API calls without a token', async () => {
      expect((await api('/api/me')).status).toBe(401);
      expect((await api('/api/devices')).status).toBe(401);
    });

    it('lets a consultant revoke only own devices, a beheerder those of the municipality', async () => {
      const own = await server.session(orgA.emails.consultant);
      const other = await server.session(orgB.emails.consultant);
      expect((await api(`/api/devices/${other.deviceId}/revoke`, own.accessToken, {})).status).toBe(
        403,
      );
      const admin = await server.session(orgA.emails.beheerder);
      const devices = (await (await api('/api/devices', admin.accessToken)).json()) as {
        id: string;
      }[];
      expect(devices.some((d) => d.id === own.deviceId)).toBe(true);
      expect(devices.some((d) => d.id === other.deviceId)).toBe(false);
      expect((await api(`/api/devices/${own.deviceId}/revoke`, admin.accessToken, {})).status).toBe(
        200,
      );
    });
  });
}

// Refresh tokens rotate with reuse detection (RFC 9700 §4.14.2): the previous token works once within a
// short grace window; any other reuse revokes the device's token family (audited), not the device. The
// tablet then asks to sign in again, continues on the same device, and its offline work still syncs.
// On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Device, SessionResponse } from '../../src/protocol/api';
import { caseDocumentName } from '../../src/protocol/documentName';
import { revokeDevice } from '../../src/server/auth/devices';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager } from '../../src/sync/session';
import { connectClient, whenSynced } from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { PASSWORD, startTestServer, type TestServer } from './support/server';
import { memorySessionStore } from '../../src/sync/testing/memorySessionStore';

const GRACE_MS = 1000;

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`refresh-token reuse on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`refresh-token reuse on ${kind}`, () => {
    let server: TestServer;
    let email: string;

    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const refresh = async (refreshToken: string) => {
      const response = await post('/api/refresh', { refreshToken });
      return {
        status: response.status,
        body: (await response.json()) as SessionResponse & { error?: string },
      };
    };
    const reuseRows = (deviceId: string) =>
      server.db.query(
        "SELECT * FROM audit_log WHERE action = 'refresh' AND reason = 'refresh-token-reused' AND device_id = $1",
        [deviceId],
      );
    /**
     * The grace window of the device's last rotation has passed: the rotation's time is moved back past it, as
     * the login throttle's clock is moved, instead of waiting it out (the server compares it with now()).
     */
    const pastGrace = (deviceId: string) =>
      server.db.query(
        "UPDATE devices SET refresh_rotated_at = refresh_rotated_at - $2::double precision * interval '1 millisecond' WHERE id = $1",
        [deviceId, GRACE_MS + 300],
      );
    const deviceOf = async (accessToken: string, deviceId: string) => {
      const response = await fetch(`${server.url}/api/devices`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      return ((await response.json()) as Device[]).find((d) => d.id === deviceId);
    };

    beforeAll(async () => {
      server = await startTestServer(kind, {}, { auth: { refreshGraceMs: GRACE_MS } });
      email = (await server.organisation('Gemeente Familie')).emails.consultant;
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('rotates the refresh token, and the previous one gets a fresh session once within the grace window', async () => {
      const s = await server.session(email);
      const r1 = await refresh(s.refreshToken);
      expect(r1.status).toBe(200);
      expect(r1.body.refreshToken).not.toBe(s.refreshToken);
      expect(r1.body.deviceId).toBe(s.deviceId);
      // The tablet lost that answer and tries again with the token it has.
      const retry = await refresh(s.refreshToken);
      expect(retry.status).toBe(200);
      const next = await refresh(retry.body.refreshToken);
      expect(next.status).toBe(200);
      expect(await reuseRows(s.deviceId)).toHaveLength(0);
    });

    it('a second use of the previous token revokes the family: the newest token stops working too, one audit row, the device stays', async () => {
      const s = await server.session(email);
      await refresh(s.refreshToken);
      const retry = await refresh(s.refreshToken);
      expect(retry.status).toBe(200);
      expect(await refresh(s.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'refresh-token-reused' },
      });
      expect(await refresh(retry.body.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'refresh-token-reused' },
      });
      expect(await reuseRows(s.deviceId)).toHaveLength(1);
      expect(await reuseRows(s.deviceId)).toEqual([
        expect.objectContaining({ outcome: 'refused', user_id: s.user.id }),
      ]);
      // Not revoked: an access token already given out still works, and the device list shows it active.
      expect(await deviceOf(retry.body.accessToken, s.deviceId)).toMatchObject({ revokedAt: null });
    });

    it('the previous token used after the grace window revokes the family', async () => {
      const s = await server.session(email);
      const r1 = await refresh(s.refreshToken);
      await pastGrace(s.deviceId);
      expect(await refresh(s.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'refresh-token-reused' },
      });
      expect(await refresh(r1.body.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'refresh-token-reused' },
      });
      expect(await reuseRows(s.deviceId)).toHaveLength(1);
    });

    it('an older token (two rotations back) revokes the family', async () => {
      const s = await server.session(email);
      const r1 = await refresh(s.refreshToken);
      const r2 = await refresh(r1.body.refreshToken);
      expect(await refresh(s.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'refresh-token-reused' },
      });
      expect((await refresh(r2.body.refreshToken)).status).toBe(401);
      expect(await reuseRows(s.deviceId)).toHaveLength(1);
    });

    it('a made-up token for a known device revokes nothing (device ids are not secret)', async () => {
      const s = await server.session(email);
      expect(await refresh(`${s.deviceId}.${'A'.repeat(43)}`)).toMatchObject({
        status: 401,
        body: { error: 'invalid-token' },
      });
      expect((await refresh(s.refreshToken)).status).toBe(200);
      expect(await reuseRows(s.deviceId)).toHaveLength(0);
    });

    it('the tablet asks to sign in again, continues on the same device, and its offline work under the old client id syncs', async () => {
      const store = memorySessionStore();
      let nowSeconds = Math.floor(Date.now() / 1000);
      const session = new SessionManager(createApiClient(server.url), store, () => nowSeconds);
      await session.login(email, PASSWORD, 'tablet Familie');
      const deviceId = store.value!.deviceId;

      // Some work synced, then more written offline under the same Yjs client id.
      const name = caseDocumentName(crypto.randomUUID());
      const doc = new Y.Doc();
      doc.clientID = 918_273;
      const online = connectClient(server.wsUrl, name, () => session.getAccessToken(), doc);
      doc.getArray('notes').push([{ id: 'n1', text: 'gesynchroniseerd' }]);
      await whenSynced(online);
      online.destroy();
      doc.getArray('notes').push([{ id: 'n2', text: 'offline geschreven' }]);

      // A thief uses the tablet's refresh token; when the tablet uses it later, that is reuse.
      const stolen = await refresh(store.value!.refreshToken);
      expect(stolen.status).toBe(200);
      await pastGrace(deviceId);
      nowSeconds += 3600;
      await expect(session.getAccessToken()).rejects.toMatchObject({
        code: 'refresh-token-reused',
      });
      expect(session.getState()).toMatchObject({ status: 'expired' });
      expect(await refresh(stolen.body.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'refresh-token-reused' },
      });

      await session.login(email, PASSWORD, 'tablet Familie');
      expect(store.value!.deviceId).toBe(deviceId);
      expect(session.getState()).toMatchObject({ status: 'signed-in', deviceId });
      // The thief's token belongs to the old family: refused, and it revokes nothing now.
      expect(await refresh(stolen.body.refreshToken)).toMatchObject({
        status: 401,
        body: { error: 'invalid-token' },
      });

      const again = connectClient(server.wsUrl, name, () => session.getAccessToken(), doc);
      await vi.waitFor(
        async () => {
          const stored = new Y.Doc();
          Y.applyUpdate(stored, await server.store.load(name));
          expect(
            stored
              .getArray<{ id: string }>('notes')
              .toArray()
              .map((n) => n.id),
          ).toEqual(['n1', 'n2']);
        },
        { timeout: 10_000, interval: 50 },
      );
      again.destroy();
      const refusals = await server.db.query(
        "SELECT reason FROM audit_log WHERE target = $1 AND outcome = 'refused'",
        [name],
      );
      expect(refusals).toEqual([]);
      expect(await deviceOf(await session.getAccessToken(), deviceId)).toMatchObject({
        name: 'tablet Familie',
        revokedAt: null,
      });
      expect(await reuseRows(deviceId)).toHaveLength(1);
      const logins = await server.db.query(
        "SELECT reason FROM audit_log WHERE action = 'login' AND outcome = 'ok' AND device_id = $1",
        [deviceId],
      );
      expect(logins.map((r) => r.reason)).toEqual([null, 'same-device']);
    });

    it("signing in with another user's device, or a device revoked as lost, gives a new device", async () => {
      const other = (await server.organisation('Gemeente Ander')).emails.consultant;
      const mine = await server.session(email);
      const login = async (previousDeviceId: string, as: string) =>
        (await (
          await post('/api/login', {
            email: as,
            password: PASSWORD,
            deviceName: 'x',
            previousDeviceId,
          })
        ).json()) as SessionResponse;

      const foreign = await login(mine.deviceId, other);
      expect(foreign.deviceId).not.toBe(mine.deviceId);
      // The other user's sign-in took nothing of this device: its tokens still work.
      expect((await refresh(mine.refreshToken)).status).toBe(200);

      expect(await revokeDevice(server.db, mine.deviceId, 'lost')).toBe(true);
      const afterLost = await login(mine.deviceId, email);
      expect(afterLost.deviceId).not.toBe(mine.deviceId);
    });
  });
}

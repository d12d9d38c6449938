// The back office's privacy part on the real server: a tablet's own audit entries reach the server once (sent
// twice, stored once) and show in the audit view of its municipality only; the teamleider's inzage and deletion
// on request are audited and show there too; a consultant is refused (audited). On PGlite, and on PostgreSQL
// when DATABASE_URL is set.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createCase } from '../../src/domain/commands';
import { caseDocumentName } from '../../src/protocol/documentName';
import type { SessionResponse } from '../../src/protocol/api';
import type { DeviceAuditEntry } from '../../src/protocol/deviceAudit';
import type { PrivacyAuditEntry, PrivacyAuditPage } from '../../src/protocol/privacy';
import { openDb } from '../../src/storage/db';
import { createAuditUpload } from '../../src/sync/auditUpload';
import { callApi, type ApiCall } from './support/api';
import { connectClient, whenSynced, type Client } from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import {
  startTestServer,
  twoMunicipalities,
  type SessionsA,
  type SessionsB,
  type TestServer,
} from './support/server';

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`privacy (AVG) back office on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`privacy (AVG) back office on ${kind}`, () => {
    let server: TestServer;
    let a: SessionsA;
    let b: SessionsB;
    const clients: Client[] = [];
    const api: ApiCall = (...args) => callApi(server, ...args);

    const view = async (session: SessionResponse, query = ''): Promise<PrivacyAuditPage> => {
      const res = await api('GET', `/api/backoffice/audit${query}`, session);
      expect(res.status).toBe(200);
      return (await res.json()) as PrivacyAuditPage;
    };
    const entry = (
      id: number,
      action: string,
      caseId?: string,
      detail?: string,
    ): DeviceAuditEntry => ({
      id,
      at: new Date(Date.now() - (100 - id) * 1000).toISOString(),
      action,
      ...(caseId ? { caseId } : {}),
      ...(detail ? { detail } : {}),
    });

    /** A case of the consultant's municipality, synced to the server by a tablet. */
    const syncedCase = async (session: SessionResponse, name: string) => {
      const caseId = randomUUID();
      const tablet = connectClient(server.wsUrl, caseDocumentName(caseId), session.accessToken);
      clients.push(tablet);
      await whenSynced(tablet);
      createCase(tablet.doc, {
        id: caseId,
        name,
        language: 'ar',
        birthYear: 1990,
        now: new Date().toISOString(),
      });
      await whenSynced(tablet);
      return caseId;
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      ({ a, b } = await twoMunicipalities(server, 'Privacy'));
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
    });

    it("stores a tablet's entries once, also when a batch is sent twice", async () => {
      const caseId = randomUUID();
      const batch = {
        entries: [
          entry(1, 'case-created', caseId),
          entry(2, 'case-opened', caseId),
          entry(3, 'case-exported', caseId),
        ],
      };
      const first = await api('POST', '/api/device-audit', a.consultant, batch);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ upTo: 3, stored: 3 });
      const again = await api('POST', '/api/device-audit', a.consultant, {
        entries: [...batch.entries, entry(4, 'case-wiped', caseId, 'retention')],
      });
      expect(await again.json()).toEqual({ upTo: 4, stored: 1 });
      const rows = await server.db.query<{
        local_id: unknown;
        action: string;
        organisation_id: string;
        user_id: string;
        device_id: string;
        detail: string | null;
      }>(
        'SELECT local_id, action, organisation_id, user_id, device_id, detail FROM device_audit WHERE device_id = $1 ORDER BY local_id',
        [a.consultant.deviceId],
      );
      expect(rows.map((r) => [Number(r.local_id), r.action, r.detail])).toEqual([
        [1, 'case-created', null],
        [2, 'case-opened', null],
        [3, 'case-exported', null],
        [4, 'case-wiped', 'retention'],
      ]);
      expect(
        rows.every(
          (r) =>
            r.organisation_id === a.consultant.user.organisationId &&
            r.user_id === a.consultant.user.id,
        ),
      ).toBe(true);
    });

    it('refuses a malformed or oversized batch (audited), and a request without a valid token', async () => {
      const bad = await api('POST', '/api/device-audit', a.consultant, {
        entries: [{ id: 'x', at: 'yesterday', action: 'Case Opened!' }],
      });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'invalid-request' });
      expect((await api('POST', '/api/device-audit', a.consultant, { entries: [] })).status).toBe(
        400,
      );
      const tooMany = {
        entries: Array.from({ length: 201 }, (_, i) => entry(1000 + i, 'case-opened')),
      };
      expect((await api('POST', '/api/device-audit', a.consultant, tooMany)).status).toBe(400);
      const huge = { entries: [{ ...entry(5000, 'case-opened'), detail: 'x'.repeat(200_000) }] };
      expect((await api('POST', '/api/device-audit', a.consultant, huge)).status).toBe(413);
      expect(
        (await api('POST', '/api/device-audit', undefined, { entries: [entry(1, 'case-opened')] }))
          .status,
      ).toBe(401);
      const refusals = await server.db.query(
        "SELECT reason FROM audit_log WHERE action = 'device-audit' AND outcome = 'refused' AND device_id = $1",
        [a.consultant.deviceId],
      );
      expect(refusals.length).toBe(3);
    });

    it("shows the tablet's entries, marked as such, in its municipality's audit view and never in another's", async () => {
      const caseId = randomUUID();
      await api('POST', '/api/device-audit', a.consultant, {
        entries: [
          entry(20, 'case-opened', caseId),
          entry(21, 'case-wiped', caseId, 'deleted-on-server'),
        ],
      });
      const own = await view(a.teamleider, `?caseId=${caseId}`);
      expect(own.entries.map((e) => [e.source, e.action, e.reason])).toEqual([
        ['tablet', 'case-wiped', 'deleted-on-server'],
        ['tablet', 'case-opened', null],
      ]);
      expect(own.entries[0]).toMatchObject({
        key: expect.stringMatching(/^tablet:\d+$/),
        caseId,
        userEmail: a.consultant.user.email,
        deviceId: a.consultant.deviceId,
        deviceName: 'test tablet',
        foreign: false,
        outcome: 'ok',
      });
      expect(own.entries[0]!.receivedAt).toEqual(expect.any(String));
      // Tablet entries only, or only the server's.
      expect(
        (await view(a.teamleider, '?source=tablet')).entries.every((e) => e.source === 'tablet'),
      ).toBe(true);
      expect(
        (await view(a.teamleider, '?source=server')).entries.every((e) => e.source === 'server'),
      ).toBe(true);
      // The other municipality sees none of them, not even when it asks for that case.
      const other = await view(b.teamleider, `?caseId=${caseId}`);
      expect(other.entries).toEqual([]);
      const all = await view(b.teamleider, '?source=tablet&limit=100');
      expect(all.entries.some((e) => e.deviceId === a.consultant.deviceId)).toBe(false);
      expect(JSON.stringify(await view(b.teamleider, '?limit=100'))).not.toContain(
        a.consultant.deviceId,
      );
    });

    it("a real tablet's audit log (Dexie) reaches the server through its upload, once", async () => {
      const db = openDb(`privacy-${kind}-${Date.now()}`);
      const caseId = randomUUID();
      await db.audit.bulkAdd([
        { at: new Date().toISOString(), action: 'case-created', caseId },
        { at: new Date().toISOString(), action: 'case-exported', caseId },
      ]);
      const upload = createAuditUpload({
        baseUrl: server.url,
        getAccessToken: async () => b.consultant.accessToken,
        db,
      });
      expect(await upload.syncNow()).toEqual({ sent: 2 });
      expect(await upload.syncNow()).toEqual({ sent: 0 });
      await db.settings.delete('auditSentUpTo'); // as if the receipt had been lost: sent again, stored once
      expect(await upload.syncNow()).toEqual({ sent: 2 });
      const shown = await view(b.teamleider, `?caseId=${caseId}`);
      expect(shown.entries.map((e) => [e.source, e.action])).toEqual([
        ['tablet', 'case-exported'],
        ['tablet', 'case-created'],
      ]);
      await db.delete();
    });

    it("refuses a consultant and a beheerder on the back office's audit view, audited", async () => {
      expect((await api('GET', '/api/backoffice/audit', a.consultant)).status).toBe(403);
      expect((await api('GET', '/api/backoffice/audit', a.beheerder)).status).toBe(403);
      const refusals = await server.db.query<{ reason: string }>(
        "SELECT reason FROM audit_log WHERE action = 'backoffice-audit' AND outcome = 'refused' AND organisation_id = $1 ORDER BY id",
        [a.consultant.user.organisationId],
      );
      expect(refusals.map((r) => r.reason)).toEqual(['role-consultant', 'role-beheerder']);
      expect((await api('GET', '/api/backoffice/audit?limit=5000', a.teamleider)).status).toBe(400);
      expect((await api('GET', '/api/backoffice/audit?caseId=nope', a.teamleider)).status).toBe(
        400,
      );
    });

    it("inzage and deletion on request from the screen are audited and show in the view, with the tablets' wipes", async () => {
      const caseId = await syncedCase(a.consultant, 'Samira Haddad');
      const html = await api('GET', `/api/cases/${caseId}/export.html`, a.teamleider);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('Samira Haddad');
      expect((await api('GET', `/api/cases/${caseId}/export`, a.teamleider)).status).toBe(200);
      // A consultant may not delete; refused and audited.
      expect(
        (await api('DELETE', `/api/cases/${caseId}`, a.consultant, { reason: 'request-of-person' }))
          .status,
      ).toBe(403);
      const deleted = await api('DELETE', `/api/cases/${caseId}`, a.teamleider, {
        reason: 'request-of-person',
        reference: 'AVG-2026/14',
      });
      expect(deleted.status).toBe(200);
      // The consultant's tablet wipes its copy and says so in its own log.
      await api('POST', '/api/device-audit', a.consultant, {
        entries: [entry(40, 'case-wiped', caseId, 'deleted-on-server')],
      });

      const shown = await view(a.teamleider, `?caseId=${caseId}`);
      const summary = (e: PrivacyAuditEntry) =>
        `${e.source} ${e.action} ${e.outcome} ${e.reason ?? ''}`.trim();
      expect(shown.entries.map(summary)).toEqual(
        expect.arrayContaining([
          'tablet case-wiped ok deleted-on-server',
          'server case-deleted ok request-of-person ref:AVG-2026/14',
          'server case-deleted refused role-consultant',
          'server case-exported ok json',
          'server case-exported ok html',
        ]),
      );
      const exported = shown.entries.find((e) => e.action === 'case-exported');
      expect(exported).toMatchObject({
        userEmail: a.teamleider.user.email,
        caseId,
        foreign: false,
      });
      // After the deletion the name is gone; the id and what happened stay.
      expect(shown.entries.every((e) => e.caseName === null)).toBe(true);
      // By action, and by the user who did it.
      expect((await view(a.teamleider, '?action=case-deleted')).entries.map(summary)).toEqual([
        'server case-deleted ok request-of-person ref:AVG-2026/14',
        'server case-deleted refused role-consultant',
      ]);
      const byUser = await view(
        a.teamleider,
        `?caseId=${caseId}&user=${encodeURIComponent(a.teamleider.user.email.slice(0, 12))}`,
      );
      expect(byUser.entries.length).toBeGreaterThan(0);
      expect(byUser.entries.every((e) => e.userEmail === a.teamleider.user.email)).toBe(true);
      // Reading the view is audited itself.
      const reads = await server.db.query(
        "SELECT target FROM audit_log WHERE action = 'audit-read' AND reason = 'backoffice' AND target = $1",
        [caseDocumentName(caseId)],
      );
      expect(reads.length).toBeGreaterThanOrEqual(2);
    });

    it("shows a case's name while it exists, and an attempt from elsewhere on it without who", async () => {
      const caseId = await syncedCase(a.consultant, 'Yonas Tesfay');
      await expect
        .poll(async () => (await view(a.teamleider, `?caseId=${caseId}`)).entries[0]?.caseName, {
          timeout: 10_000,
        })
        .toBe('Yonas Tesfay');
      expect((await api('GET', `/api/cases/${caseId}/export`, b.teamleider)).status).toBe(404);
      const shown = await view(a.teamleider, `?caseId=${caseId}`);
      const attempt = shown.entries.find((e) => e.foreign);
      expect(attempt).toMatchObject({
        source: 'server',
        action: 'case-exported',
        outcome: 'refused',
        userEmail: null,
        deviceId: null,
        deviceName: null,
        ip: null,
      });
    });

    it('pages through server and tablet entries together, newest first, without gaps or overlaps', async () => {
      const session = await server.session(
        (await server.organisation('Gemeente Paging', ['consultant', 'teamleider'])).emails
          .teamleider,
      );
      const tabletEntries = Array.from({ length: 7 }, (_, i) =>
        entry(100 + i, 'case-opened', randomUUID()),
      );
      await api('POST', '/api/device-audit', session, { entries: tabletEntries });
      for (let i = 0; i < 4; i += 1) await api('GET', '/api/backoffice/audit?limit=1', session);
      const whole = await view(session, '?limit=100');
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page: PrivacyAuditPage = await view(
          session,
          `?limit=3${next ? `&before=${encodeURIComponent(next)}` : ''}`,
        );
        seen.push(...page.entries.map((e) => e.key));
        next = page.next;
      } while (next);
      // The first page of each look is audited once more; compare with the entries that existed before paging.
      const expected = whole.entries.map((e) => e.key);
      expect(seen.slice(-expected.length)).toEqual(expected);
      expect(new Set(seen).size).toBe(seen.length);
      expect(whole.entries.filter((e) => e.source === 'tablet')).toHaveLength(7);
      const times = whole.entries.map((e) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('takes entries from a retiring tablet, and refuses a revoked one', async () => {
      const org = await server.organisation('Gemeente Tablets', ['consultant', 'teamleider']);
      const leader = await server.session(org.emails.teamleider);
      const retiring = await server.session(org.emails.consultant);
      const revoke = (deviceId: string, mode: 'retire' | 'lost') =>
        api('POST', `/api/devices/${deviceId}/revoke`, leader, { mode });
      expect((await revoke(retiring.deviceId, 'retire')).status).toBe(200);
      expect(
        (
          await api('POST', '/api/device-audit', retiring, {
            entries: [entry(1, 'case-wiped', undefined, 'retired')],
          })
        ).status,
      ).toBe(200);
      const lost = await server.session(org.emails.consultant);
      expect((await revoke(lost.deviceId, 'lost')).status).toBe(200);
      const refused = await api('POST', '/api/device-audit', lost, {
        entries: [entry(1, 'case-opened')],
      });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'device-revoked' });
    });
  });
}

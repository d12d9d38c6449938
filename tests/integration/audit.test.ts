// Server audit log: logins and case opens are recorded (a case open once per connection), and GET /api/audit
// shows a municipality's entries to its teamleider and beheerder only, filtered by case and paginated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createCase } from '../../src/domain/commands';
import type { AuditPage, SessionResponse } from '../../src/protocol/api';
import { caseDocumentName } from '../../src/protocol/documentName';
import {
  connectClient,
  goOffline,
  until,
  whenRefused,
  whenSynced,
  type Client,
} from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import {
  startTestServer,
  type TestServer,
  twoMunicipalities,
  type SessionsA,
  type SessionsB,
} from './support/server';

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`audit log on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`audit log on ${kind}`, () => {
    let server: TestServer;
    let a: SessionsA;
    let b: SessionsB;
    const clients: Client[] = [];
    const client = (name: string, token: string) => {
      const c = connectClient(server.wsUrl, name, token);
      clients.push(c);
      return c;
    };
    const get = (path: string, session?: SessionResponse) =>
      fetch(`${server.url}${path}`, {
        headers: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      });
    const page = async (path: string, session: SessionResponse): Promise<AuditPage> => {
      const res = await get(path, session);
      expect(res.status).toBe(200);
      return (await res.json()) as AuditPage;
    };
    const opens = (deviceId: string, target: string) =>
      server.db.query(
        "SELECT * FROM audit_log WHERE action = 'case-opened' AND device_id = $1 AND target = $2",
        [deviceId, target],
      );
    /**
     * Waits for `n` case-opened entries, then for every audit write the server has started to finish, and counts
     * again: the tablet's changes are all acknowledged by then, so an entry that any of them caused has been
     * started (this waited 300 ms to see whether more arrived). The entries are written by the 'connected' hook,
     * which tells no one when it is done: polled for.
     */
    const settledOpens = async (deviceId: string, target: string, n: number) => {
      await expect
        .poll(async () => (await opens(deviceId, target)).length, { timeout: 10_000, interval: 25 })
        .toBeGreaterThanOrEqual(n);
      await server.auditWritten();
      return (await opens(deviceId, target)).length;
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      ({ a, b } = await twoMunicipalities(server, 'Audit'));
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await server?.stop();
    });

    it('records every login with user, device and address', async () => {
      const [row] = await server.db.query<Record<string, unknown>>(
        "SELECT * FROM audit_log WHERE action = 'login' AND outcome = 'ok' AND device_id = $1",
        [a.consultant.deviceId],
      );
      expect(row).toMatchObject({
        organisation_id: a.consultant.user.organisationId,
        user_id: a.consultant.user.id,
        ip: expect.any(String),
      });
      expect(row?.at).toBeTruthy();
    });

    it('records a case open once per connection, again for a new connection', async () => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      const other = caseDocumentName(randomUUID());
      const tablet = client(name, a.consultant.accessToken);
      await whenSynced(tablet);
      // Many changes on the same connection: still one open.
      createCase(tablet.doc, {
        id: caseId,
        name: 'Yonas',
        language: 'ti',
        now: '2026-11-23T09:00:00Z',
      });
      for (let i = 0; i < 5; i++)
        tablet.doc.getArray('notes').push([{ id: `n${i}`, text: 'x', at: '' }]);
      await whenSynced(tablet);
      expect(await settledOpens(a.consultant.deviceId, name, 1)).toBe(1);
      const [row] = await opens(a.consultant.deviceId, name);
      expect(row).toMatchObject({
        outcome: 'ok',
        organisation_id: a.consultant.user.organisationId,
        user_id: a.consultant.user.id,
        device_id: a.consultant.deviceId,
        target: name,
      });
      expect(row?.at).toBeTruthy();

      // A second case on the same socket is its own connection.
      const second = connectClient(server.wsUrl, other, a.consultant.accessToken);
      clients.push(second);
      await whenSynced(second);
      expect(await settledOpens(a.consultant.deviceId, other, 1)).toBe(1);

      // The tablet goes offline and comes back: a new connection, a new entry.
      await goOffline(tablet);
      tablet.socket.connect();
      await until(() => tablet.provider.isSynced);
      expect(await settledOpens(a.consultant.deviceId, name, 2)).toBe(2);

      // A refused open is audited as a refusal, not as an open.
      const foreign = client(name, b.consultant.accessToken);
      expect(await whenRefused(foreign)).toBe('forbidden');
      expect((await opens(b.consultant.deviceId, name)).length).toBe(0);
    });

    it('shows the audit log to teamleider and beheerder of the municipality only', async () => {
      const consultant = await get('/api/audit', a.consultant);
      expect(consultant.status).toBe(403);
      expect(await consultant.json()).toEqual({ error: 'forbidden' });
      expect((await get('/api/audit', b.consultant)).status).toBe(403);
      expect((await get('/api/audit')).status).toBe(401);
      const refused = await server.db.query(
        "SELECT * FROM audit_log WHERE action = 'audit-read' AND outcome = 'refused' AND user_id = $1",
        [a.consultant.user.id],
      );
      expect(refused).toMatchObject([{ reason: 'role-consultant' }]);

      for (const session of [a.teamleider, a.beheerder]) {
        const { entries } = await page('/api/audit?limit=200', session);
        expect(entries.length).toBeGreaterThan(0);
        // Newest first, all of this municipality.
        expect(entries.map((e) => e.id)).toEqual(
          [...entries.map((e) => e.id)].sort((x, y) => y - x),
        );
        expect(
          entries.some((e) => e.action === 'login' && e.userEmail === a.consultant.user.email),
        ).toBe(true);
        expect(entries.some((e) => e.userId === b.consultant.user.id)).toBe(false);
      }
      // Municipality B sees none of A's entries.
      const { entries: ofB } = await page('/api/audit?limit=200', b.teamleider);
      expect(ofB.every((e) => e.userId === null || e.userId !== a.consultant.user.id)).toBe(true);
      expect(ofB.some((e) => e.userId === b.consultant.user.id)).toBe(true);

      const readsLogged = await server.db.query(
        "SELECT * FROM audit_log WHERE action = 'audit-read' AND outcome = 'ok' AND user_id = $1",
        [a.beheerder.user.id],
      );
      expect(readsLogged.length).toBeGreaterThanOrEqual(1);
    });

    it('filters by case (with refused attempts from elsewhere) and pages without gaps or overlaps', async () => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      const tablet = client(name, a.consultant.accessToken);
      await whenSynced(tablet);
      createCase(tablet.doc, {
        id: caseId,
        name: 'Hamid',
        language: 'prs',
        now: '2026-11-23T09:00:00Z',
      });
      await whenSynced(tablet);
      await settledOpens(a.consultant.deviceId, name, 1);
      const intruder = client(name, b.consultant.accessToken);
      expect(await whenRefused(intruder)).toBe('forbidden');
      const exported = await fetch(`${server.url}/api/cases/${caseId}/export`, {
        headers: { authorization: `Bearer ${a.teamleider.accessToken}` },
      });
      expect(exported.status).toBe(200);

      const { entries } = await page(`/api/audit?caseId=${caseId}`, a.teamleider);
      expect(entries.every((e) => e.target === name)).toBe(true);
      expect(entries.map((e) => `${e.action}/${e.outcome}`)).toEqual(
        expect.arrayContaining(['case-opened/ok', 'sync/refused', 'case-exported/ok']),
      );
      const attempt = entries.find((e) => e.action === 'sync' && e.outcome === 'refused');
      // Someone of another municipality tried: when, what and why, but not who, which tablet or from where.
      expect(attempt).toMatchObject({
        userId: null,
        userEmail: null,
        deviceId: null,
        ip: null,
        reason: 'other-organisation',
      });
      // Municipality B's teamleider sees its own consultant's attempt, but nothing else of A's case.
      const { entries: seenByB } = await page(`/api/audit?caseId=${caseId}`, b.teamleider);
      expect(seenByB.map((e) => e.userId)).toEqual(seenByB.map(() => b.consultant.user.id));
      // Filter by action.
      const { entries: onlyExports } = await page(
        `/api/audit?caseId=${caseId}&action=case-exported`,
        a.teamleider,
      );
      expect(onlyExports.map((e) => e.action)).toEqual(['case-exported']);

      // Pagination: pages of 2 walk the whole municipality log.
      const all = (await page('/api/audit?limit=200', a.beheerder)).entries;
      const walked: number[] = [];
      let before: number | null = null;
      do {
        const query: string = `/api/audit?limit=2${before === null ? '' : `&before=${before}`}`;
        const p: AuditPage = await page(query, a.beheerder);
        expect(p.entries.length).toBeLessThanOrEqual(2);
        walked.push(...p.entries.map((e) => e.id));
        before = p.next;
      } while (before !== null && walked.length < 1000);
      // Reading the log adds entries at the top; the walk covers everything that was there before it.
      const firstId = all[0]!.id;
      expect(walked.filter((id) => id <= firstId)).toEqual(all.map((e) => e.id));
      expect(new Set(walked).size).toBe(walked.length);

      for (const bad of ['caseId=not-a-uuid', 'limit=0', 'limit=201', 'before=-1', 'limit=abc']) {
        expect((await get(`/api/audit?${bad}`, a.teamleider)).status).toBe(400);
      }
    });
  });
}

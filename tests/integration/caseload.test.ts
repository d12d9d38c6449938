// The back office's caseload, from projection rows: the teamleider sees her municipality's cases, overdue PIPs
// first, filtered by consultant, route, language, status and deadline; a consultant and a beheerder are refused
// (and audited); another municipality's cases never appear. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { CaseloadRow } from '../../src/protocol/backoffice';
import { caseDocumentName } from '../../src/protocol/documentName';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { startTestServer, type TestServer } from './support/server';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`caseload on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`caseload on ${kind}`, () => {
    let server: TestServer;
    let tokens: {
      teamleider: string;
      consultant: string;
      beheerder: string;
      otherTeamleider: string;
    };
    let consultants: { a: string; b: string };
    const ids: Record<string, string> = {};

    const seed = async (
      orgId: string,
      label: string,
      row: {
        consultant?: string;
        route?: string;
        languages?: string[];
        pipDue: string;
        vastgesteld?: string;
        termijnEnd?: string;
      },
    ) => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      ids[label] = caseId;
      await server.db.query(
        'INSERT INTO documents (name, organisation_id, assigned_user_id) VALUES ($1, $2, $3)',
        [name, orgId, row.consultant ?? null],
      );
      await server.db.query(
        `INSERT INTO case_projection (name, organisation_id, case_id, display_name, language, conversation_count, answer_count,
           pip_deadline, updated_at, leerroute, pip_version_count, pip_vastgesteld_at, termijn_end, languages)
         VALUES ($1, $2, $3, $4, $5, 1, 0, $6, now(), $7, $8, $9, $10, $11)`,
        [
          name,
          orgId,
          caseId,
          label,
          row.languages?.[0] ?? 'ar',
          row.pipDue,
          row.route ?? null,
          row.vastgesteld ? 1 : 0,
          row.vastgesteld ?? null,
          row.termijnEnd ?? null,
          row.languages ?? ['ar'],
        ],
      );
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      const own = await server.organisation('Gemeente Caseload', [
        'consultant',
        'teamleider',
        'beheerder',
      ]);
      const other = await server.organisation('Gemeente Elders', ['consultant', 'teamleider']);
      const token = async (email: string) => (await server.session(email)).accessToken;
      tokens = {
        teamleider: await token(own.emails.teamleider),
        consultant: await token(own.emails.consultant),
        beheerder: await token(own.emails.beheerder),
        otherTeamleider: await token(other.emails.teamleider),
      };
      const [a] = await server.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
        own.emails.consultant,
      ]);
      consultants = { a: a!.id, b: randomUUID() };
      await seed(own.id, 'late', {
        consultant: consultants.a,
        route: 'b1',
        languages: ['ar'],
        pipDue: at(-3),
      });
      await seed(own.id, 'soon', {
        consultant: consultants.a,
        languages: ['ti', 'am'],
        pipDue: at(5),
      });
      await seed(own.id, 'calm', { route: 'z', languages: ['fa'], pipDue: at(40) });
      await seed(own.id, 'done', {
        consultant: consultants.a,
        route: 'onderwijs',
        languages: ['so'],
        pipDue: at(-20),
        vastgesteld: at(-30),
        termijnEnd: at(1000),
      });
      await seed(other.id, 'elsewhere', { pipDue: at(-10) });
    });
    afterAll(async () => server?.stop());

    const caseload = async (
      token: string,
      query = '',
    ): Promise<{ status: number; rows: CaseloadRow[] }> => {
      const res = await fetch(`${server.url}/api/backoffice/caseload${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return {
        status: res.status,
        rows: res.status === 200 ? ((await res.json()) as CaseloadRow[]) : [],
      };
    };
    const labels = (rows: CaseloadRow[]) => rows.map((r) => r.name);

    it("lists the municipality's cases, overdue PIPs first, a vastgesteld one by its term", async () => {
      const { status, rows } = await caseload(tokens.teamleider);
      expect(status).toBe(200);
      expect(labels(rows)).toEqual(['late', 'soon', 'calm', 'done']);
      expect(rows.map((r) => r.urgency)).toEqual(['overdue', 'soon', 'calm', 'calm']);
      expect(rows.find((r) => r.name === 'done')).toMatchObject({
        leerroute: 'onderwijs',
        pipVersionCount: 1,
      });
      expect(rows.find((r) => r.name === 'late')!.consultantId).toBe(consultants.a);
    });

    it('filters by consultant, route, language, status and deadline', async () => {
      expect(
        labels((await caseload(tokens.teamleider, `?consultant=${consultants.a}`)).rows),
      ).toEqual(['late', 'soon', 'done']);
      expect(labels((await caseload(tokens.teamleider, '?route=none')).rows)).toEqual(['soon']);
      expect(labels((await caseload(tokens.teamleider, '?route=z')).rows)).toEqual(['calm']);
      expect(labels((await caseload(tokens.teamleider, '?language=am')).rows)).toEqual(['soon']);
      expect(labels((await caseload(tokens.teamleider, '?status=pip-vastgesteld')).rows)).toEqual([
        'done',
      ]);
      expect(labels((await caseload(tokens.teamleider, '?deadline=overdue')).rows)).toEqual([
        'late',
      ]);
      expect(labels((await caseload(tokens.teamleider, '?deadline=soon')).rows)).toEqual([
        'late',
        'soon',
      ]);
      expect((await caseload(tokens.teamleider, '?route=q')).status).toBe(400);
    });

    it('exports the same filtered caseload as CSV for a spreadsheet, audited', async () => {
      const res = await fetch(`${server.url}/api/backoffice/caseload.csv?deadline=soon`, {
        headers: { authorization: `Bearer ${tokens.teamleider}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const lines = (await res.text()).trim().split('\r\n');
      expect(lines[0]).toBe(
        'caseId,name,language,languages,consultantEmail,leerroute,registrationDate,pipDeadline,pipVastgesteldAt,termijnEnd,pipVersionCount,nextDeadline,urgency,updatedAt',
      );
      expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['late', 'soon']);
      expect(lines[2]).toContain(',ti am,');
      const consultant = await fetch(`${server.url}/api/backoffice/caseload.csv`, {
        headers: { authorization: `Bearer ${tokens.consultant}` },
      });
      expect(consultant.status).toBe(403);
      const exports = await server.db.query(
        "SELECT reason FROM audit_log WHERE action = 'backoffice-export' AND outcome = 'ok'",
      );
      expect(exports).toEqual([{ reason: 'caseload-csv' }]);
    });

    it('lists the consultants a case can go to, and reassigning a case shows in the caseload', async () => {
      const res = await fetch(`${server.url}/api/backoffice/consultants`, {
        headers: { authorization: `Bearer ${tokens.teamleider}` },
      });
      const list = (await res.json()) as { id: string; email: string }[];
      expect(list.map((c) => c.id)).toEqual([consultants.a]);
      const assign = await fetch(`${server.url}/api/cases/${ids.calm}/assign`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens.teamleider}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ userId: consultants.a }),
      });
      expect(assign.status).toBe(200);
      expect(
        labels((await caseload(tokens.teamleider, `?consultant=${consultants.a}`)).rows),
      ).toEqual(['late', 'soon', 'calm', 'done']);
      const other = await fetch(`${server.url}/api/backoffice/consultants`, {
        headers: { authorization: `Bearer ${tokens.otherTeamleider}` },
      });
      expect(((await other.json()) as { id: string }[]).map((c) => c.id)).not.toContain(
        consultants.a,
      );
      expect(
        (
          await fetch(`${server.url}/api/backoffice/consultants`, {
            headers: { authorization: `Bearer ${tokens.consultant}` },
          })
        ).status,
      ).toBe(403);
    });

    it('refuses a consultant and a beheerder, audited; another municipality sees only its own', async () => {
      expect((await caseload(tokens.consultant)).status).toBe(403);
      expect((await caseload(tokens.beheerder)).status).toBe(403);
      const refusals = await server.db.query<{ reason: string }>(
        "SELECT reason FROM audit_log WHERE action = 'backoffice-caseload' AND outcome = 'refused'",
      );
      expect(
        await server.db.query(
          "SELECT reason FROM audit_log WHERE action = 'backoffice-consultants' AND outcome = 'refused'",
        ),
      ).toEqual([{ reason: 'role-consultant' }]);
      expect(refusals.map((r) => r.reason).sort()).toEqual([
        'role-beheerder',
        'role-consultant',
        'role-consultant',
      ]);
      expect(labels((await caseload(tokens.otherTeamleider)).rows)).toEqual(['elsewhere']);
    });
  });
}

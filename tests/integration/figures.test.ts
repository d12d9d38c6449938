// The back office's figures from projection rows: every figure's numbers exactly, for a municipality with an erased
// case and beside a second municipality whose rows are never counted; one figure as CSV (audited); a consultant and
// a beheerder refused (and audited). On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { FIGURE_IDS, PIP_TIME_LAST_WEEK, type Figures } from '../../src/protocol/figures';
import { caseDocumentName } from '../../src/protocol/documentName';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { startTestServer, type TestServer } from './support/server';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const FIRST = '2026-09-01T09:00:00.000Z';
const after = (days: number) => new Date(Date.parse(FIRST) + days * DAY).toISOString();

interface SeedCase {
  route?: string;
  language?: string;
  languages?: string[];
  pipDue?: string;
  vastgesteld?: string;
  erased?: boolean;
  flags?: [question: string, language: string, flag: string, count: number][];
  feedback?: [clear: string | null, respectful: string | null, length: string | null][];
  teachBack?: [card: string, language: string, understood: boolean][];
}

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`figures on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`figures on ${kind}`, () => {
    let server: TestServer;
    let tokens: {
      teamleider: string;
      consultant: string;
      beheerder: string;
      otherTeamleider: string;
    };

    const seed = async (orgId: string, c: SeedCase) => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      const q = (sql: string, params: unknown[]) => server.db.query(sql, params);
      await q('INSERT INTO documents (name, organisation_id) VALUES ($1, $2)', [name, orgId]);
      await q(
        `INSERT INTO case_projection (name, organisation_id, case_id, display_name, language, conversation_count, answer_count,
           pip_deadline, updated_at, leerroute, pip_version_count, pip_vastgesteld_at, first_conversation_at, languages)
         VALUES ($1, $2, $3, 'x', $4, 1, 0, $5, now(), $6, $7, $8, $9, $10)`,
        [
          name,
          orgId,
          caseId,
          c.language ?? 'ar',
          c.pipDue ?? at(60),
          c.route ?? null,
          c.vastgesteld ? 1 : 0,
          c.vastgesteld ?? null,
          FIRST,
          c.languages ?? [c.language ?? 'ar'],
        ],
      );
      for (const [question, language, flag, count] of c.flags ?? []) {
        await q(
          'INSERT INTO case_answer_flags (name, question_id, language, flag, count) VALUES ($1, $2, $3, $4, $5)',
          [name, question, language, flag, count],
        );
      }
      for (const [i, [clear, respectful, length]] of (c.feedback ?? []).entries()) {
        await q(
          'INSERT INTO case_feedback (name, conversation_id, language, clear, respectful, length, at) VALUES ($1, $2, $3, $4, $5, $6, now())',
          [name, `v${i}`, c.language ?? 'ar', clear, respectful, length],
        );
      }
      for (const [i, [card, language, understood]] of (c.teachBack ?? []).entries()) {
        await q(
          'INSERT INTO case_teachback (name, record_id, card_id, language, understood, at) VALUES ($1, $2, $3, $4, $5, now())',
          [name, `r${i}`, card, language, understood],
        );
      }
      if (c.erased)
        await q(
          "INSERT INTO case_tombstones (name, organisation_id, deleted_by, reason) VALUES ($1, $2, $3, 'avg')",
          [name, orgId, randomUUID()],
        );
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      const own = await server.organisation('Gemeente Cijfers', [
        'consultant',
        'teamleider',
        'beheerder',
      ]);
      const other = await server.organisation('Gemeente Elders', ['teamleider']);
      const token = async (email: string) => (await server.session(email)).accessToken;
      tokens = {
        teamleider: await token(own.emails.teamleider),
        consultant: await token(own.emails.consultant),
        beheerder: await token(own.emails.beheerder),
        otherTeamleider: await token(other.emails.teamleider),
      };
      await seed(own.id, {
        route: 'b1',
        vastgesteld: after(20),
        flags: [
          ['q1', 'ar', 'not-understood', 3],
          ['q1', 'ar', 'dont-know', 2],
          ['q2', 'ar', 'not-understood', 1],
        ],
        feedback: [
          ['good', 'good', 'neutral'],
          ['bad', 'good', null],
        ],
        teachBack: [
          ['termijn', 'ar', true],
          ['termijn', 'ar', false],
          ['pip', 'ar', true],
        ],
      });
      await seed(own.id, {
        route: 'onderwijs',
        language: 'ti',
        languages: ['am', 'ti'],
        vastgesteld: after(60),
        flags: [['q1', 'ti', 'not-understood', 1]],
        feedback: [['good', null, 'bad']],
        teachBack: [['termijn', 'ti', false]],
      });
      await seed(own.id, { route: 'z', vastgesteld: after(200) });
      await seed(own.id, {
        languages: ['ar', 'nl'],
        pipDue: at(10),
        flags: [['q1', 'ar', 'not-understood', 2]],
        feedback: [[null, null, null]],
      });
      await seed(own.id, { route: 'b1', language: 'ti', languages: ['am', 'ti'], pipDue: at(-5) });
      await seed(own.id, { language: 'fa', pipDue: at(45) });
      await seed(own.id, { language: 'nl', pipDue: at(20) });
      await seed(own.id, {
        erased: true,
        route: 'z',
        language: 'so',
        pipDue: at(3),
        flags: [['q2', 'ar', 'not-understood', 10]],
        feedback: [['good', 'good', 'good']],
        teachBack: [['termijn', 'ar', true]],
      });
      await seed(other.id, {
        route: 'b1',
        language: 'so',
        pipDue: at(5),
        flags: [['q1', 'ar', 'not-understood', 7]],
        feedback: [['bad', 'bad', 'bad']],
        teachBack: [['termijn', 'ar', true]],
      });
      await seed(other.id, { route: 'z', vastgesteld: after(3) });
    });
    afterAll(async () => server?.stop());

    const get = (token: string, path: string) =>
      fetch(`${server.url}/api/backoffice/figures${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const all = async (token: string): Promise<Figures> => {
      const res = await get(token, '');
      expect(res.status).toBe(200);
      return (await res.json()) as Figures;
    };

    it('counts every figure of the municipality exactly, without the erased case', async () => {
      const f = await all(tokens.teamleider);
      const weeks = f['pip-time'].rows;
      expect(weeks).toHaveLength(PIP_TIME_LAST_WEEK + 1);
      expect(weeks.filter((r) => r.cases > 0)).toEqual([
        { fromWeek: 2, toWeek: 3, cases: 1 },
        { fromWeek: 8, toWeek: 9, cases: 1 },
        { fromWeek: PIP_TIME_LAST_WEEK, toWeek: null, cases: 1 },
      ]);
      expect(f['pip-time']).toMatchObject({ figure: 'pip-time', medianDays: 60, cases: 3 });
      expect(f.routes.rows).toEqual([
        { route: 'b1', cases: 2, vastgesteld: 1 },
        { route: 'onderwijs', cases: 1, vastgesteld: 1 },
        { route: 'z', cases: 1, vastgesteld: 1 },
        { route: 'none', cases: 3, vastgesteld: 0 },
      ]);
      expect(f['languages-next-month'].rows).toEqual([
        { language: 'am', cases: 1, overdue: 1 },
        { language: 'ar', cases: 1, overdue: 0 },
        { language: 'ti', cases: 1, overdue: 1 },
      ]);
      expect(f['cards-understood'].rows).toEqual([
        { cardId: 'pip', language: 'ar', understood: 1, total: 1 },
        { cardId: 'termijn', language: 'ar', understood: 1, total: 2 },
        { cardId: 'termijn', language: 'ti', understood: 0, total: 1 },
      ]);
      expect(f['not-understood'].rows).toEqual([
        { questionId: 'q1', language: 'ar', count: 5, cases: 2 },
        { questionId: 'q1', language: 'ti', count: 1, cases: 1 },
        { questionId: 'q2', language: 'ar', count: 1, cases: 1 },
      ]);
      expect(f.ratings.rows).toEqual([
        { aspect: 'clear', good: 2, neutral: 0, bad: 1 },
        { aspect: 'respectful', good: 2, neutral: 0, bad: 0 },
        { aspect: 'length', good: 0, neutral: 1, bad: 1 },
      ]);
      expect(f.ratings.conversations).toBe(3);
    });

    it('gives each figure on its own, the same as in the whole set', async () => {
      const f = await all(tokens.teamleider);
      for (const id of FIGURE_IDS) {
        const res = await get(tokens.teamleider, `/${id}`);
        expect(res.status).toBe(200);
        expect({ ...((await res.json()) as object), at: '' }).toEqual({ ...f[id], at: '' });
      }
      expect((await get(tokens.teamleider, '/unknown')).status).toBe(404);
    });

    it('exports a figure as CSV for a spreadsheet, audited', async () => {
      const res = await get(tokens.teamleider, '/not-understood.csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('not-understood.csv');
      expect(await res.text()).toBe(
        'questionId,language,count,cases\r\nq1,ar,5,2\r\nq1,ti,1,1\r\nq2,ar,1,1\r\n',
      );
      const asked = await get(tokens.teamleider, '/pip-time?format=csv');
      const lines = (await asked.text()).trim().split('\r\n');
      expect(lines[0]).toBe('fromWeek,toWeek,cases');
      expect(lines.at(-1)).toBe(`${PIP_TIME_LAST_WEEK},,1`);
      const exports = await server.db.query<{ reason: string }>(
        "SELECT reason FROM audit_log WHERE action = 'backoffice-export' AND outcome = 'ok' ORDER BY id",
      );
      expect(exports.map((r) => r.reason)).toEqual([
        'figure-not-understood-csv',
        'figure-pip-time-csv',
      ]);
    });

    it('refuses a consultant and a beheerder, audited', async () => {
      for (const token of [tokens.consultant, tokens.beheerder]) {
        expect((await get(token, '')).status).toBe(403);
        expect((await get(token, '/ratings')).status).toBe(403);
        expect((await get(token, '/routes.csv')).status).toBe(403);
      }
      const refusals = await server.db.query<{ reason: string }>(
        "SELECT reason FROM audit_log WHERE action = 'backoffice-figures' AND outcome = 'refused'",
      );
      expect(refusals.map((r) => r.reason).sort()).toEqual([
        ...Array(3).fill('role-beheerder'),
        ...Array(3).fill('role-consultant'),
      ]);
      expect((await fetch(`${server.url}/api/backoffice/figures`)).status).toBe(401);
    });

    it('shows another municipality only its own rows', async () => {
      const f = await all(tokens.otherTeamleider);
      expect(f['pip-time']).toMatchObject({ medianDays: 3, cases: 1 });
      expect(f.routes.rows.filter((r) => r.cases > 0)).toEqual([
        { route: 'b1', cases: 1, vastgesteld: 0 },
        { route: 'z', cases: 1, vastgesteld: 1 },
      ]);
      expect(f['languages-next-month'].rows).toEqual([{ language: 'so', cases: 1, overdue: 0 }]);
      expect(f['cards-understood'].rows).toEqual([
        { cardId: 'termijn', language: 'ar', understood: 1, total: 1 },
      ]);
      expect(f['not-understood'].rows).toEqual([
        { questionId: 'q1', language: 'ar', count: 7, cases: 1 },
      ]);
      expect(f.ratings).toMatchObject({
        conversations: 1,
        rows: [
          { aspect: 'clear', good: 0, neutral: 0, bad: 1 },
          { aspect: 'respectful', good: 0, neutral: 0, bad: 1 },
          { aspect: 'length', good: 0, neutral: 0, bad: 1 },
        ],
      });
    });
  });
}

// Case projection: the back-office row and the case list follow the case document once the server stores it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createCase, setRegistrationDate, startConversation } from '../../src/domain/commands';
import { recordFeedback } from '../../src/domain/conversationEnd';
import { decideLeerroute } from '../../src/domain/pip/leerroute';
import { signFirstVersion } from '../../src/domain/pip/testing/signFirstVersion';
import { runAdmin } from '../../src/server/admin';
import { answerQuestion } from '../../src/domain/answers';
import { caseDocumentName } from '../../src/protocol/documentName';
import { connectClient, whenSynced } from './support/clients';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { startTestServer, type TestServer } from './support/server';

type Listed = {
  caseId: string;
  name: string | null;
  language: string | null;
  answerCount: number | null;
};

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`case projection on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`case projection on ${kind}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind);
    });
    afterAll(async () => server?.stop());

    const listCases = async (token: string): Promise<Listed[]> =>
      (await (
        await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as Listed[];

    it('projects name, language and answer count, only for the owning municipality', async () => {
      const own = await server.session((await server.organisation('Gemeente P')).emails.consultant);
      const other = await server.session(
        (await server.organisation('Gemeente Q')).emails.consultant,
      );
      const caseId = randomUUID();
      const tablet = connectClient(server.wsUrl, caseDocumentName(caseId), own.accessToken);
      await whenSynced(tablet);
      createCase(tablet.doc, {
        id: caseId,
        name: 'Samira',
        language: 'ar',
        now: '2026-11-23T09:00:00Z',
      });
      startConversation(tablet.doc, {
        id: 'v1',
        type: 'intake-a',
        language: 'ar',
        now: '2026-11-23T10:00:00Z',
      });
      for (const questionId of ['family.partner', 'family.children']) {
        answerQuestion(tablet.doc, {
          conversationId: 'v1',
          questionId,
          flag: 'later',
          language: 'ar',
          answeredBy: 'inburgeraar',
          now: '2026-11-23T10:05:00Z',
        });
      }
      await whenSynced(tablet);
      // Leaving the document stores it (onStoreDocument: compaction + projection).
      tablet.destroy();

      await expect
        .poll(async () => (await listCases(own.accessToken)).find((c) => c.caseId === caseId), {
          timeout: 20_000,
          interval: 50,
        })
        .toMatchObject({ name: 'Samira', language: 'ar', answerCount: 2 });
      expect((await listCases(other.accessToken)).some((c) => c.caseId === caseId)).toBe(false);
      const [row] = await server.db.query(
        'SELECT answer_count, pip_deadline FROM case_projection WHERE name = $1',
        [caseDocumentName(caseId)],
      );
      expect(row).toMatchObject({ answer_count: 2 });
      expect(await server.store.pendingUpdates(caseDocumentName(caseId))).toBe(0);
    });

    it('projects the PIP, languages, flags, ratings and teach-backs, and rebuilds them from the documents', async () => {
      const own = await server.session((await server.organisation('Gemeente R')).emails.consultant);
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      const tablet = connectClient(server.wsUrl, name, own.accessToken);
      await whenSynced(tablet);
      const doc = tablet.doc;
      createCase(doc, { id: caseId, name: 'Yonas', language: 'ti', now: '2026-10-01T09:00:00Z' });
      setRegistrationDate(doc, { date: '2026-09-20' });
      startConversation(doc, {
        id: 'v1',
        type: 'intake-a',
        language: 'ti',
        participants: { tolk: { language: 'ti' } },
        now: '2026-10-01T10:00:00Z',
      });
      answerQuestion(doc, {
        conversationId: 'v1',
        questionId: 'family.childcare',
        flag: 'not-understood',
        language: 'ti',
        answeredBy: 'inburgeraar',
        now: '2026-10-01T10:05:00Z',
      });
      recordFeedback(doc, {
        conversationId: 'v1',
        feedback: {
          clear: 'neutral',
          respectful: 'good',
          length: 'good',
          at: '2026-10-01T11:00:00Z',
        },
      });
      decideLeerroute(doc, { route: 'z', advised: 'z', now: '2026-10-20T10:00:00Z' });
      await signFirstVersion(doc, '2026-10-21T10:00:00.000Z');
      await whenSynced(tablet);
      tablet.destroy();

      const pipRow = async () =>
        (
          await server.db.query<{
            leerroute: string | null;
            pip_version_count: number;
            languages: string[];
          }>(
            'SELECT leerroute, pip_version_count, languages, registration_date::text AS registration, pip_vastgesteld_at, termijn_end FROM case_projection WHERE name = $1',
            [name],
          )
        )[0];
      await expect.poll(pipRow, { timeout: 20_000, interval: 50 }).toMatchObject({
        leerroute: 'z',
        pip_version_count: 1,
        languages: ['ti'],
        registration: '2026-09-20',
      });
      const row = (await pipRow()) as unknown as {
        pip_vastgesteld_at: unknown;
        termijn_end: unknown;
      };
      expect(new Date(row.pip_vastgesteld_at as string).toISOString()).toBe(
        '2026-10-21T10:00:00.000Z',
      );
      expect(new Date(row.termijn_end as string).toISOString()).toBe('2029-10-22T10:00:00.000Z');
      expect(
        await server.db.query(
          'SELECT question_id, language, flag, count FROM case_answer_flags WHERE name = $1',
          [name],
        ),
      ).toEqual([
        { question_id: 'family.childcare', language: 'ti', flag: 'not-understood', count: 1 },
      ]);
      expect(
        await server.db.query(
          'SELECT clear, respectful, length FROM case_feedback WHERE name = $1',
          [name],
        ),
      ).toEqual([{ clear: 'neutral', respectful: 'good', length: 'good' }]);

      // Rows lost (an old server, a repair): the admin command recreates them from the stored documents.
      await server.db.query('DELETE FROM case_projection WHERE name = $1', [name]);
      const out: string[] = [];
      await runAdmin(['rebuild-projection'], server.db, (line) => out.push(line));
      expect(out.join('\n')).toMatch(/Rebuilt the projection of \d+ case/);
      expect(await pipRow()).toMatchObject({ leerroute: 'z', pip_version_count: 1 });
      expect(
        await server.db.query('SELECT count(*)::int AS n FROM case_answer_flags WHERE name = $1', [
          name,
        ]),
      ).toEqual([{ n: 1 }]);
    });
  });
}

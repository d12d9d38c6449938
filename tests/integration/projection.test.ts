// Case projection: the back-office row and the case list follow the case document once the server stores it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createCase, startConversation } from '../../src/domain/commands';
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
  });
}

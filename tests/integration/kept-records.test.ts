// A vastgestelde PIP version and his recorded voice are kept as written: an update from a tablet that would
// delete one is refused (close reason, audit), and the server's copy keeps it. On PGlite, and on PostgreSQL
// when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { caseDocumentName } from '../../src/protocol/documentName';
import { connectClient, whenSynced } from './support/clients';
import { adapters } from './support/databases';
import { authMessage, MESSAGE, openRaw, updateMessage } from './support/rawSocket';
import { startTestServer, type TestServer } from './support/server';

for (const { kind, enabled } of adapters) {
  describe.runIf(enabled)(`kept records (${kind})`, () => {
    let server: TestServer;
    let email: string;

    beforeAll(async () => {
      server = await startTestServer(kind);
      email = (await server.organisation('Gemeente Bewaard')).emails.consultant;
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('refuses an update that deletes a PIP version or overwrites a voice clip, and keeps both', async () => {
      const name = caseDocumentName(crypto.randomUUID());
      const session = await server.session(email);
      const doc = new Y.Doc();
      const client = connectClient(server.wsUrl, name, session.accessToken, doc);
      await whenSynced(client);
      doc
        .getArray('pipVersions')
        .push([{ id: 'v1', at: '2026-12-05T10:00:00Z', content: '{"route":"b1"}', hash: 'h1' }]);
      doc.getMap('voiceClips').set('c1', {
        bytes: new Uint8Array([1, 2, 3]),
        mime: 'audio/webm',
        durationMs: 1000,
        language: 'ti',
        at: '2026-12-05T10:00:00Z',
      });
      await whenSynced(client);
      client.destroy();

      for (const [label, change] of [
        ['version', (d: Y.Doc) => d.getArray('pipVersions').delete(0, 1)],
        [
          'voice',
          (d: Y.Doc) =>
            d.getMap('voiceClips').set('c1', { bytes: new Uint8Array([9]), mime: 'audio/webm' }),
        ],
      ] as const) {
        const other = await server.session(email);
        const copy = new Y.Doc();
        Y.applyUpdate(copy, await server.store.load(name));
        const before = Y.encodeStateVector(copy);
        change(copy);
        const raw = openRaw(server.wsUrl);
        await raw.opened;
        raw.ws.send(authMessage(name, other.accessToken));
        // The server has answered the authentication: the update that follows goes to an open connection.
        await raw.whenReceived(MESSAGE.auth);
        raw.ws.send(updateMessage(name, Y.encodeStateAsUpdate(copy, before)));
        await raw.whenReceived(MESSAGE.close);
        expect(raw.received, label).toContain(MESSAGE.close);
        raw.ws.close();
      }

      await vi.waitFor(async () => {
        const rows = await server.db.query<{ reason: string }>(
          "SELECT reason FROM audit_log WHERE target = $1 AND outcome = 'refused'",
          [name],
        );
        expect(rows.filter((r) => r.reason === 'removes-kept-record')).toHaveLength(2);
      });
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(name));
      expect(
        stored
          .getArray<{ id: string }>('pipVersions')
          .toArray()
          .map((v) => v.id),
      ).toEqual(['v1']);
      expect(
        Array.from(stored.getMap<{ bytes: Uint8Array }>('voiceClips').get('c1')!.bytes),
      ).toEqual([1, 2, 3]);
    });
  });
}

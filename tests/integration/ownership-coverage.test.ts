// A Yjs client id belongs to one device, and a case is "on the server" only when the server's copy
// covers the tablet's: an update under another device's client id is refused (close reason, audit),
// and a change the provider never sent is found by the coverage question and sent again before the
// case is marked synced. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addNote, startConversation } from '../../src/domain/commands';
import { readCase } from '../../src/domain/caseDoc';
import { caseDocumentName } from '../../src/protocol/documentName';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager } from '../../src/sync/session';
import { SyncEngine } from '../../src/sync/syncEngine';
import { connectClient, whenSynced } from './support/clients';
import { adapters } from './support/databases';
import { authMessage, MESSAGE, openRaw, updateMessage } from './support/rawSocket';
import { PASSWORD, startTestServer, type TestServer } from './support/server';
import { memorySessionStore } from '../../src/sync/testing/memorySessionStore';

for (const { kind, enabled } of adapters) {
  describe.runIf(enabled)(`client ids and coverage (${kind})`, () => {
    let server: TestServer;
    let email: string;

    beforeAll(async () => {
      server = await startTestServer(kind);
      email = (await server.organisation('Gemeente Eigen')).emails.consultant;
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('refuses an update under a client id another device wrote first, audits it, and the first device keeps syncing', async () => {
      const caseId = crypto.randomUUID();
      const name = caseDocumentName(caseId);
      const first = await server.session(email);
      const doc = new Y.Doc();
      doc.clientID = 424242;
      const owner = connectClient(server.wsUrl, name, first.accessToken, doc);
      await whenSynced(owner);
      doc
        .getArray('notes')
        .push([{ id: 'n1', text: 'van het eerste apparaat', at: '2026-12-04T10:00:00Z' }]);
      await whenSynced(owner);

      // Another device writes under the same client id (same clocks, other content).
      const second = await server.session(email);
      const impostor = new Y.Doc();
      impostor.clientID = 424242;
      impostor
        .getArray('notes')
        .push([{ id: 'x', text: 'van een ander apparaat', at: '2026-12-04T10:00:00Z' }]);
      const raw = openRaw(server.wsUrl);
      await raw.opened;
      raw.ws.send(authMessage(name, second.accessToken));
      // The server has answered the authentication: the update that follows goes to an open connection.
      await raw.whenReceived(MESSAGE.auth);
      raw.ws.send(updateMessage(name, Y.encodeStateAsUpdate(impostor)));
      // The server closes this document's connection (a Close message; the socket and its other cases stay).
      await raw.whenReceived(MESSAGE.close);
      expect(raw.received).toContain(MESSAGE.close);
      raw.ws.close();

      await vi.waitFor(async () => {
        const rows = await server.db.query<{ reason: string; device_id: string }>(
          "SELECT reason, device_id FROM audit_log WHERE target = $1 AND outcome = 'refused'",
          [name],
        );
        expect(rows).toContainEqual(
          expect.objectContaining({
            reason: 'client-id-of-other-device',
            device_id: second.deviceId,
          }),
        );
      });
      const [claim] = await server.db.query<{ device_id: string }>(
        'SELECT device_id FROM document_clients WHERE document_name = $1 AND client_id = $2',
        [name, 424242],
      );
      expect(claim?.device_id).toBe(first.deviceId);

      doc.getArray('notes').push([{ id: 'n2', text: 'nog een', at: '2026-12-04T10:01:00Z' }]);
      await whenSynced(owner);
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(name));
      expect(
        stored
          .getArray<{ text: string }>('notes')
          .toArray()
          .map((n) => n.text),
      ).toEqual(['van het eerste apparaat', 'nog een']);
      owner.destroy();
    });

    it('marks a case synced only when the server holds all of it, and sends what the provider missed', async () => {
      const db = openDb(`ownership-${kind}-${Date.now()}`);
      const cases = new CaseRepository(db);
      const api = createApiClient(server.url);
      const session = new SessionManager(api, memorySessionStore());
      await session.login(email, PASSWORD, 'tablet coverage');
      const engine = new SyncEngine({
        url: server.wsUrl,
        api,
        session,
        cases,
        WebSocketPolyfill: WebSocket,
      });
      const caseId = crypto.randomUUID();
      const handle = await cases.create({ id: caseId, name: 'Hawa', language: 'so' });
      startConversation(handle.doc, {
        id: 'v1',
        type: 'intake-a',
        language: 'so',
        now: '2026-12-04T10:00:00Z',
      });
      await handle.save();
      engine.start();
      await vi.waitFor(
        async () =>
          expect(await db.cases.get(caseId)).toMatchObject({ dirty: 0, syncState: 'synced' }),
        { timeout: 20_000, interval: 50 },
      );

      // A change the provider does not send (it takes it for its own echo), as in hocuspocus #825: its
      // counters say "all sent", yet the server lacks it.
      const provider = (
        engine as unknown as { tracked: Map<string, { provider: object }> }
      ).tracked.get(caseId)!.provider;
      handle.doc.transact(
        () =>
          addNote(handle.doc, {
            id: 'missed',
            text: 'niet verstuurd',
            now: '2026-12-04T10:05:00Z',
          }),
        provider,
      );
      await handle.save();
      expect(await db.cases.get(caseId)).toMatchObject({ dirty: 1 });
      await engine.track(caseId);

      await vi.waitFor(
        async () =>
          expect(await db.cases.get(caseId)).toMatchObject({ dirty: 0, syncState: 'synced' }),
        { timeout: 20_000, interval: 50 },
      );
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await server.store.load(caseDocumentName(caseId)));
      expect(readCase(stored).notes.map((n) => n.id)).toEqual(['missed']);
      engine.stop();
    });
  });
}

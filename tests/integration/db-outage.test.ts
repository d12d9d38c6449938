// A database outage is temporary, not a refusal: with PostgreSQL refusing connections for a few
// seconds, a tablet's socket is told `server-unavailable` (not a permission refusal), tries again with
// backoff, and every change it holds reaches the database once it is back. PostgreSQL only (the outage
// is a proxy in front of it); needs DATABASE_URL.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { answerQuestion } from '../../src/domain/answers';
import { readConversationById } from '../../src/domain/caseDoc';
import { startConversation } from '../../src/domain/commands';
import { caseDocumentName } from '../../src/protocol/documentName';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager } from '../../src/sync/session';
import { SyncEngine } from '../../src/sync/syncEngine';
import { DATABASE_URL, noteSkipped } from './support/env';
import { PASSWORD, startTestServer, type TestServer } from './support/server';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy';
import { memorySessionStore } from '../../src/sync/testing/memorySessionStore';

if (!DATABASE_URL) noteSkipped('database outage', 'DATABASE_URL');

/** The refusals (permission-denied reasons) the server sent, by document name, in the order they came. */
const refusals = new Map<string, string[]>();
const refusalListeners = new Set<() => void>();

/** ws as the tablet's WebSocket, noting each refusal it is sent (Hocuspocus auth message, PermissionDenied). */
class ObservedWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      const documentName = decoding.readVarString(d);
      if (decoding.readVarUint(d) !== 2 || decoding.readVarUint(d) !== 1) return; // MessageType.Auth, PermissionDenied
      refusals.set(documentName, [
        ...(refusals.get(documentName) ?? []),
        decoding.readVarString(d),
      ]);
      for (const listener of [...refusalListeners]) listener();
    });
  }
}

/** Resolves once the document has been refused for this reason `times` times. */
const refused = (documentName: string, reason: string, times: number): Promise<void> =>
  new Promise((resolve) => {
    const check = () => {
      if ((refusals.get(documentName) ?? []).filter((r) => r === reason).length < times) return;
      refusalListeners.delete(check);
      resolve();
    };
    refusalListeners.add(check);
    check();
  });

describe.runIf(DATABASE_URL)('a database outage', () => {
  let proxy: TcpProxy;
  let server: TestServer;

  beforeAll(async () => {
    const target = new URL(DATABASE_URL!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    target.host = `127.0.0.1:${proxy.port}`;
    server = await startTestServer('postgres', { databaseUrl: target.toString() });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
  });

  it('reaches the tablet as a passing reason; it tries again and nothing stays unsent', async () => {
    const email = (await server.organisation('Gemeente Storing')).emails.consultant;
    const db = openDb(`outage-${Date.now()}`);
    const cases = new CaseRepository(db);
    const api = createApiClient(server.url);
    const session = new SessionManager(api, memorySessionStore());
    await session.login(email, PASSWORD, 'tablet storing');
    const caseId = crypto.randomUUID();
    const handle = await cases.create({ id: caseId, name: 'Aziz', language: 'ps' });
    startConversation(handle.doc, {
      id: 'v1',
      type: 'intake-a',
      language: 'ps',
      now: '2026-12-04T10:00:00Z',
    });
    answerQuestion(handle.doc, {
      conversationId: 'v1',
      questionId: 'family.partner',
      value: { kind: 'tiles', tileIds: ['partner-abroad'] },
      language: 'ps',
      answeredBy: 'inburgeraar',
      now: '2026-12-04T10:01:00Z',
    });
    await handle.save();

    await proxy.shut();
    const engine = new SyncEngine({
      url: server.wsUrl,
      api,
      session,
      cases,
      WebSocketPolyfill: ObservedWebSocket,
    });
    try {
      engine.start();
      await vi.waitFor(
        async () =>
          expect(await db.cases.get(caseId)).toMatchObject({
            syncState: 'error',
            syncError: 'server-unavailable',
            dirty: 1,
          }),
        { timeout: 20_000, interval: 50 },
      );
      // The outage lasts until the tablet has tried again (after its first pause, 2 s) and been told the same
      // again: it keeps trying while the database is away. (This was three seconds of outage.)
      await refused(caseDocumentName(caseId), 'server-unavailable', 2);
    } finally {
      await proxy.open();
    }
    await vi.waitFor(
      async () =>
        expect(await db.cases.get(caseId)).toMatchObject({ syncState: 'synced', dirty: 0 }),
      { timeout: 60_000, interval: 100 },
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await server.store.load(caseDocumentName(caseId)));
    expect(readConversationById(stored, 'v1')?.answers['family.partner']?.value).toEqual({
      kind: 'tiles',
      tileIds: ['partner-abroad'],
    });
    engine.stop();
  }, 120_000);
});

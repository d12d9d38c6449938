// A database outage is temporary, not a refusal: with PostgreSQL refusing connections for a few
// seconds, a tablet's socket is told `server-unavailable` (not a permission refusal), tries again with
// backoff, and every change it holds reaches the database once it is back. PostgreSQL only (the outage
// is a proxy in front of it); needs DATABASE_URL.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ps', now: '2026-12-04T10:00:00Z' });
    answerQuestion(handle.doc, { conversationId: 'v1', questionId: 'family.partner', value: { kind: 'tiles', tileIds: ['partner-abroad'] }, language: 'ps', answeredBy: 'inburgeraar', now: '2026-12-04T10:01:00Z' });
    await handle.save();

    await proxy.shut();
    const engine = new SyncEngine({ url: server.wsUrl, api, session, cases, WebSocketPolyfill: WebSocket });
    try {
      engine.start();
      await vi.waitFor(async () => expect(await db.cases.get(caseId)).toMatchObject({ syncState: 'error', syncError: 'server-unavailable', dirty: 1 }), { timeout: 20_000, interval: 50 });
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // a few seconds of outage
    } finally {
      await proxy.open();
    }
    await vi.waitFor(async () => expect(await db.cases.get(caseId)).toMatchObject({ syncState: 'synced', dirty: 0 }), { timeout: 60_000, interval: 100 });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await server.store.load(caseDocumentName(caseId)));
    expect(readConversationById(stored, 'v1')?.answers['family.partner']?.value).toEqual({ kind: 'tiles', tileIds: ['partner-abroad'] });
    engine.stop();
  }, 120_000);
});

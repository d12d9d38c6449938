// The tablet's sync engine against the real server: dirty cases sync after connecting without being
// opened, a case is marked synced only after the server's acknowledgement, and cases of the
// municipality are downloaded ahead.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createServer as createNetServer } from 'node:net';
import * as Y from 'yjs';
import { startConversation } from '../../src/domain/commands';
import { answerQuestion } from '../../src/domain/answers';
import { readConversationById } from '../../src/domain/caseDoc';
import { caseDocumentName } from '../../src/protocol/documentName';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager } from '../../src/sync/session';
import { SyncEngine, type SyncEngineOptions } from '../../src/sync/syncEngine';
import { createUser } from '../../src/server/auth/accounts';
import { connectClient, createCaseOnServer, whenSynced } from './support/clients';
import { startTestServer, type TestServer } from './support/server';
import { memorySessionStore } from '../../src/sync/testing/memorySessionStore';

let server: TestServer;
let email: string;

/** A tablet signed in as `as` (the suite's consultant unless said), its engine made with `options` on top. */
const tablet = async (
  name: string,
  { as = email, ...options }: { as?: string } & Partial<SyncEngineOptions> = {},
) => {
  const db = openDb(`client-sync-${name}-${Date.now()}`);
  const cases = new CaseRepository(db);
  const api = createApiClient(server.url);
  const session = new SessionManager(api, memorySessionStore());
  await session.login(as, 'correct horse battery staple', name);
  const engine = new SyncEngine({
    url: server.wsUrl,
    api,
    session,
    cases,
    WebSocketPolyfill: WebSocket,
    ...options,
  });
  return { db, cases, session, engine };
};

beforeAll(async () => {
  server = await startTestServer('pglite');
  email = (await server.organisation('Gemeente Sync')).emails.consultant;
});
afterAll(async () => {
  await server?.stop();
});

describe('client sync engine', () => {
  it('removes a case from the tablet when the municipality deletes it (AVG), also while connected', async () => {
    const org = await server.organisation('Gemeente Wis', ['consultant', 'teamleider']);
    const deleted: string[] = [];
    const { db, cases, engine } = await tablet('tablet D', {
      as: org.emails.consultant,
      onCaseDeleted: (id) => deleted.push(id),
    });
    const caseId = crypto.randomUUID();
    await cases.create({ id: caseId, name: 'Te wissen', language: 'ar' });
    engine.start();
    await vi.waitFor(async () => expect(await db.cases.get(caseId)).toMatchObject({ dirty: 0 }), {
      timeout: 20_000,
      interval: 50,
    });

    const leader = await server.session(org.emails.teamleider);
    const response = await fetch(`${server.url}/api/cases/${caseId}`, {
      method: 'DELETE',
      headers: {
        authorization: `Bearer ${leader.accessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ reason: 'request-of-person' }),
    });
    expect(response.status).toBeLessThan(300);
    await vi.waitFor(async () => expect(await db.cases.get(caseId)).toBeUndefined(), {
      timeout: 20_000,
      interval: 50,
    });
    expect(deleted).toEqual([caseId]);
    expect(
      (await db.audit.where('caseId').equals(caseId).toArray()).map((a) => a.detail),
    ).toContain('deleted-on-server');
    engine.stop();
  });

  it('syncs a case made offline once connected, and only then marks it synced', async () => {
    const { db, cases, engine } = await tablet('A');
    const caseId = crypto.randomUUID();
    const handle = await cases.create({ id: caseId, name: 'Samira', language: 'ar' });
    startConversation(handle.doc, {
      id: 'v1',
      type: 'intake-a',
      language: 'ar',
      now: '2026-11-23T10:00:00Z',
    });
    answerQuestion(handle.doc, {
      conversationId: 'v1',
      questionId: 'family.partner',
      value: { kind: 'tiles', tileIds: ['partner-here'] },
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: '2026-11-23T10:01:00Z',
    });
    await handle.save();
    expect(await db.cases.get(caseId)).toMatchObject({
      dirty: 1,
      syncState: 'waiting',
      pendingChanges: 2,
    });

    engine.start();
    await vi.waitFor(
      async () =>
        expect(await db.cases.get(caseId)).toMatchObject({ dirty: 0, syncState: 'synced' }),
      { timeout: 20_000, interval: 50 },
    );

    // Another tablet with empty storage receives every answer from the server.
    const token = (await server.session(email)).accessToken;
    const other = connectClient(server.wsUrl, caseDocumentName(caseId), token);
    await whenSynced(other);
    expect(readConversationById(other.doc, 'v1')?.answers['family.partner']?.value).toEqual({
      kind: 'tiles',
      tileIds: ['partner-here'],
    });
    other.destroy();
    engine.stop();
  });

  it('assigns a case to the consultant who first opens it, not to a teamleider', async () => {
    const org = await server.organisation('Gemeente Twee', ['consultant', 'teamleider']);
    const mineId = crypto.randomUUID();
    const consultant = (await server.session(org.emails.consultant)).accessToken;
    await createCaseOnServer(server.wsUrl, consultant, {
      id: mineId,
      name: 'Van mij',
      language: 'ar',
    });
    const leaderCase = crypto.randomUUID();
    const teamleider = (await server.session(org.emails.teamleider)).accessToken;
    await createCaseOnServer(server.wsUrl, teamleider, {
      id: leaderCase,
      name: 'Van niemand',
      language: 'ar',
    });

    const list = (await (
      await fetch(`${server.url}/api/cases`, {
        headers: {
          authorization: `Bearer ${(await server.session(org.emails.consultant)).accessToken}`,
        },
      })
    ).json()) as { caseId: string; assignedToMe: boolean; assignedUserId: string | null }[];
    expect(list.find((c) => c.caseId === mineId)).toMatchObject({ assignedToMe: true });
    expect(list.find((c) => c.caseId === leaderCase)).toMatchObject({
      assignedToMe: false,
      assignedUserId: null,
    });
  });

  it('downloads the cases of the municipality that are not on the tablet yet', async () => {
    const caseId = crypto.randomUUID();
    const token = (await server.session(email)).accessToken;
    await createCaseOnServer(server.wsUrl, token, { id: caseId, name: 'Amanuel', language: 'ti' });

    const { db, engine } = await tablet('B');
    engine.start();
    await vi.waitFor(
      async () =>
        expect(await db.cases.get(caseId)).toMatchObject({
          name: 'Amanuel',
          language: 'ti',
          dirty: 0,
        }),
      { timeout: 20_000, interval: 50 },
    );
    engine.stop();
  });

  it('a tablet that stays online gets a case made on another tablet within seconds, without reconnecting', async () => {
    const org = await server.organisation('Gemeente Live');
    const statuses: string[] = [];
    const online = {
      ...(await tablet('tablet online', {
        as: org.emails.consultant,
        onConnectionChange: (s) => statuses.push(s),
      })),
      statuses,
    };
    online.engine.start();
    await vi.waitFor(() => expect(online.statuses).toContain('connected'), {
      timeout: 10_000,
      interval: 20,
    });
    // Let its first case-list fetch pass: what follows can only arrive by the server's notice.
    await online.engine.syncAll();

    const caseId = crypto.randomUUID();
    const consultant = (await server.session(org.emails.consultant)).accessToken;
    await createCaseOnServer(server.wsUrl, consultant, {
      id: caseId,
      name: 'Nieuw vandaag',
      language: 'so',
    });
    const madeAt = Date.now();
    await vi.waitFor(
      async () =>
        expect(await online.db.cases.get(caseId)).toMatchObject({
          name: 'Nieuw vandaag',
          language: 'so',
        }),
      { timeout: 10_000, interval: 50 },
    );
    expect(Date.now() - madeAt).toBeLessThan(5_000);
    expect(online.statuses.filter((s) => s === 'connected')).toHaveLength(1);

    online.engine.stop();
  });

  it('a tablet that stays online gets a case a teamleider hands to its consultant, within seconds', async () => {
    const org = await server.organisation('Gemeente Overdracht', ['consultant', 'teamleider']);
    const colleague = await createUser(server.db, {
      organisationId: org.id,
      email: `collega.${org.id.slice(0, 8)}@example.nl`,
      role: 'consultant',
      password: 'correct horse battery staple',
    });
    // A case of the first consultant: not for the colleague's tablet.
    const caseId = crypto.randomUUID();
    const consultant = (await server.session(org.emails.consultant)).accessToken;
    await createCaseOnServer(server.wsUrl, consultant, {
      id: caseId,
      name: 'Overgedragen',
      language: 'fa',
    });

    const statuses: string[] = [];
    const { db, engine } = await tablet('tablet collega', {
      as: colleague.email,
      onConnectionChange: (s) => statuses.push(s),
    });
    engine.start();
    await vi.waitFor(() => expect(statuses).toContain('connected'), {
      timeout: 10_000,
      interval: 20,
    });
    await engine.syncAll();
    expect(await db.cases.get(caseId)).toBeUndefined();

    const leader = await server.session(org.emails.teamleider);
    const assign = (token: string, userId: string) =>
      fetch(`${server.url}/api/cases/${caseId}/assign`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
    expect(
      (await assign((await server.session(org.emails.consultant)).accessToken, colleague.id))
        .status,
    ).toBe(403);
    expect((await assign(leader.accessToken, leader.user.id)).status).toBe(400); // only to a consultant
    const handedAt = Date.now();
    expect((await assign(leader.accessToken, colleague.id)).status).toBe(200);
    await vi.waitFor(
      async () => expect(await db.cases.get(caseId)).toMatchObject({ name: 'Overgedragen' }),
      { timeout: 10_000, interval: 50 },
    );
    expect(Date.now() - handedAt).toBeLessThan(5_000);
    expect(statuses.filter((s) => s === 'connected')).toHaveLength(1);
    engine.stop();
  });

  it('says offline, not "connecting" for ever, when the server does not answer', async () => {
    // A server that takes the connection and never answers the WebSocket handshake (a dead proxy).
    const sockets: import('node:net').Socket[] = [];
    const silent = createNetServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    const statuses: string[] = [];
    const { engine } = await tablet('tablet silent', {
      url: `ws://127.0.0.1:${port}/sync`,
      // Node's ws reports a socket closed during its handshake as an 'error' after the provider has
      // let go of it; a browser does not. Keep a listener so stopping mid-handshake is quiet.
      WebSocketPolyfill: class extends WebSocket {
        constructor(...args: ConstructorParameters<typeof WebSocket>) {
          super(...args);
          this.on('error', () => undefined);
        }
      },
      connectingShownMs: 300,
      onConnectionChange: (s) => statuses.push(s),
    });
    engine.start();
    await vi.waitFor(() => expect(statuses).toContain('connecting'), {
      timeout: 5_000,
      interval: 20,
    });
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('offline'), {
      timeout: 5_000,
      interval: 20,
    });
    engine.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('tries again, on a new socket, a case the server could not load while its database failed', async () => {
    const { db, cases, engine } = await tablet('E');
    const caseId = crypto.randomUUID();
    const handle = await cases.create({ id: caseId, name: 'Yonas', language: 'ti' });
    startConversation(handle.doc, {
      id: 'v1',
      type: 'intake-a',
      language: 'ti',
      now: '2026-12-03T10:00:00Z',
    });
    await handle.save();

    await server.db.query('ALTER TABLE document_updates RENAME TO document_updates_away');
    try {
      engine.start();
      await vi.waitFor(
        async () =>
          expect(await db.cases.get(caseId)).toMatchObject({
            syncState: 'error',
            syncError: 'document-load-failed',
            dirty: 1,
          }),
        { timeout: 20_000, interval: 50 },
      );
    } finally {
      await server.db.query('ALTER TABLE document_updates_away RENAME TO document_updates');
    }
    // The same socket would never be answered for this case again; the engine reconnects by itself.
    await vi.waitFor(
      async () =>
        expect(await db.cases.get(caseId)).toMatchObject({ syncState: 'synced', dirty: 0 }),
      { timeout: 20_000, interval: 50 },
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await server.store.load(caseDocumentName(caseId)));
    expect(readConversationById(stored, 'v1')).toBeDefined();
    engine.stop();
  });
});

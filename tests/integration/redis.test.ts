// Scale-out: two server instances on one PostgreSQL and Redis, one tablet on each, converge on the same case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import * as Y from 'yjs';
import type { SessionResponse } from '../../src/protocol/api';
import { createOrganisation, createUser } from '../../src/server/auth/accounts';
import { startServer, type RunningServer } from '../../src/server/server';
import {
  connectClient,
  goOffline,
  snapshot,
  until,
  whenSynced,
  type Client,
} from './support/clients';
import { freshDatabaseConfig } from './support/databases';
import { missing, noteSkipped, REDIS_URL } from './support/env';
import { PASSWORD, testConfig } from './support/server';

const absent = missing('REDIS_URL', 'DATABASE_URL');
if (absent.length > 0) noteSkipped('two instances on Redis (needs a shared PostgreSQL)', ...absent);

describe.skipIf(absent.length > 0)('two instances on Redis', () => {
  let db: ReturnType<typeof freshDatabaseConfig>;
  let servers: RunningServer[] = [];
  const clients: Client[] = [];
  let token: string;
  const wsUrl = (s: RunningServer) => `${s.url.replace(/^http/, 'ws')}/sync`;

  beforeAll(async () => {
    db = freshDatabaseConfig('postgres');
    const { cleanup: _cleanup, ...dbConfig } = db;
    const config = testConfig({
      ...dbConfig,
      redisUrl: REDIS_URL,
      redisPrefix: `it-${randomBytes(4).toString('hex')}`,
    });
    // Started together: the migrations of both must serialise on the advisory lock.
    servers = await Promise.all([
      startServer(config, { storeDebounceMs: 200 }),
      startServer(config, { storeDebounceMs: 200 }),
    ]);
    const org = await createOrganisation(servers[0]!.db, 'Gemeente Schaal');
    await createUser(servers[0]!.db, {
      organisationId: org.id,
      email: 'schaal@example.nl',
      role: 'consultant',
      password: PASSWORD,
    });
    const res = await fetch(`${servers[0]!.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'schaal@example.nl',
        password: PASSWORD,
        deviceName: 'tablet',
      }),
    });
    token = ((await res.json()) as SessionResponse).accessToken;
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const s of servers) await s.close();
    await db?.cleanup();
  });

  it('converges a case edited through two instances, live and after offline edits', async () => {
    const name = `case/${randomUUID()}`;
    const a = connectClient(wsUrl(servers[0]!), name, token);
    const b = connectClient(wsUrl(servers[1]!), name, token);
    clients.push(a, b);
    await Promise.all([whenSynced(a), whenSynced(b)]);

    a.doc.getMap('answers').set('qa', 'via instance 1');
    b.doc.getMap('answers').set('qb', 'via instance 2');
    await until(
      () =>
        a.doc.getMap('answers').get('qb') === 'via instance 2' &&
        b.doc.getMap('answers').get('qa') === 'via instance 1',
    );

    await Promise.all([goOffline(a), goOffline(b)]);
    a.doc.getMap('answers').set('same', 'A offline');
    b.doc.getMap('answers').set('same', 'B offline');
    b.doc.getArray('notes').push(['from B']);
    await Promise.all([a.socket.connect(), b.socket.connect()]);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    await until(() => isDeepStrictEqual(snapshot(a.doc), snapshot(b.doc)));
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));

    // Both instances wrote to the one store: it holds everything either tablet wrote.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await servers[1]!.store.load(name));
    expect(snapshot(stored)).toEqual(snapshot(a.doc));
  });
});

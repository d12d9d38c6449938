// Durable acknowledgement: after "synced" the server is SIGKILLed; restarted on the same store, a fresh tablet gets every answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { SessionResponse } from '../../src/protocol/api';
import { createOrganisation, createUser } from '../../src/server/auth/accounts';
import { openDatabase } from '../../src/server/persistence/open';
import { startChildServer, type ChildServer } from './support/childServer';
import { connectClient, whenSynced, type Client } from './support/clients';
import { adapters, freshDatabaseConfig } from './support/databases';
import { noteSkipped } from './support/env';
import { dummyDist, PASSWORD } from './support/server';

const ANSWERS = 200;

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`durable acknowledgement on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`durable acknowledgement on ${kind}`, () => {
    let dbConfig: ReturnType<typeof freshDatabaseConfig>;
    let env: Record<string, string>;
    const servers: ChildServer[] = [];
    const clients: Client[] = [];
    beforeAll(() => {
      dbConfig = freshDatabaseConfig(kind);
      env = {
        DIST_DIR: dummyDist(),
        DATA_DIR: dbConfig.dataDir,
        ...(dbConfig.databaseUrl
          ? { DATABASE_URL: dbConfig.databaseUrl, DATABASE_SCHEMA: dbConfig.databaseSchema! }
          : {}),
      };
    });
    afterAll(async () => {
      for (const c of clients) c.destroy();
      for (const s of servers) await s.stop();
      await dbConfig?.cleanup();
    });

    it('loses no acknowledged update when the server is killed right after "synced"', async () => {
      const email = `consulent-${randomUUID().slice(0, 8)}@example.nl`;
      const db = await openDatabase(dbConfig);
      const org = await createOrganisation(db, 'Gemeente Duurzaam');
      await createUser(db, {
        organisationId: org.id,
        email,
        role: 'consultant',
        password: PASSWORD,
      });
      await db.close();

      const first = await startChildServer(env);
      servers.push(first);
      const res = await fetch(`${first.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, deviceName: 'tablet 1' }),
      });
      const session = (await res.json()) as SessionResponse;
      const name = `case/${randomUUID()}`;

      const tablet = connectClient(first.wsUrl, name, session.accessToken);
      clients.push(tablet);
      await whenSynced(tablet);
      for (let i = 0; i < ANSWERS; i++) tablet.doc.getMap('answers').set(`q${i}`, `answer ${i}`);
      tablet.doc.getArray('notes').push(['last words']);
      await whenSynced(tablet);
      // "Synced" is shown: now the power goes out, before any debounced store or compaction could run.
      await first.kill();
      tablet.destroy();

      const second = await startChildServer(env);
      servers.push(second);
      const fresh = connectClient(second.wsUrl, name, session.accessToken);
      clients.push(fresh);
      await whenSynced(fresh);
      const answers = fresh.doc.getMap('answers').toJSON();
      expect(Object.keys(answers)).toHaveLength(ANSWERS);
      for (let i = 0; i < ANSWERS; i++) expect(answers[`q${i}`]).toBe(`answer ${i}`);
      expect(fresh.doc.getArray('notes').toJSON()).toEqual(['last words']);
    });
  });
}

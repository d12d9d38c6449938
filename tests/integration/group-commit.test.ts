// Group commit of incoming updates: many concurrent appends become few statements, every caller resolves
// only after its row is committed, order per document is kept, and a deleted case is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CaseDeletedError } from '../../src/server/avg/tombstones';
import { withGroupCommit } from '../../src/server/collab/groupCommit';
import {
  createDocumentStore,
  type DocumentStore,
} from '../../src/server/persistence/documentStore';
import type { Queryable } from '../../src/server/persistence/db';
import { adapters, openTestDatabase, type TestDatabase } from './support/databases';
import { noteSkipped } from './support/env';

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`group commit on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`group commit on ${kind}`, () => {
    let t: TestDatabase;
    let statements = 0;
    let store: DocumentStore;
    beforeAll(async () => {
      t = await openTestDatabase(kind);
      const counting: Queryable = {
        ...t.db,
        query: (sql, params) => {
          if (sql.includes('INSERT INTO document_updates')) statements++;
          return t.db.query(sql, params);
        },
      };
      store = withGroupCommit(createDocumentStore(t.db), counting);
    });
    afterAll(async () => t?.dispose());

    it('commits 300 concurrent updates of 30 documents in a few statements, in order per document', async () => {
      const docs = Array.from({ length: 30 }, () => new Y.Doc());
      const appends: Promise<void>[] = [];
      for (let round = 0; round < 10; round++) {
        docs.forEach((doc, d) => {
          let update: Uint8Array | undefined;
          doc.once('update', (u: Uint8Array) => (update = u));
          doc.getArray<number>('a').push([round]);
          appends.push(store.appendUpdate(`gc/${d}`, update!));
        });
      }
      await Promise.all(appends);
      expect(statements).toBeLessThan(30);
      for (let d = 0; d < 30; d++) {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, await store.load(`gc/${d}`));
        expect(copy.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      }
    });

    it('lets updates that arrive one after another within the linger share one statement', async () => {
      const lingering = withGroupCommit(
        createDocumentStore(t.db),
        {
          query: (sql, params) => {
            if (sql.includes('INSERT INTO document_updates')) statements++;
            return t.db.query(sql, params);
          },
        },
        200,
      );
      const before = statements;
      const appends: Promise<void>[] = [];
      const doc = new Y.Doc();
      doc.on('update', (u: Uint8Array) => appends.push(lingering.appendUpdate('gc/linger', u)));
      for (let i = 0; i < 3; i++) {
        doc.getArray<number>('a').push([i]);
        await new Promise((resolve) => setImmediate(resolve)); // a separate arrival, not one tick
      }
      await Promise.all(appends);
      expect(statements - before).toBe(1);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, await lingering.load('gc/linger'));
      expect(copy.getArray('a').toArray()).toEqual([0, 1, 2]);
    });

    it('refuses an update of a deleted case and still commits the others of the same batch', async () => {
      const [org] = await t.db.query<{ id: string }>(
        "INSERT INTO organisations (id, name) VALUES ($1, 'Gemeente GC') RETURNING id",
        [crypto.randomUUID()],
      );
      await t.db.query(
        "INSERT INTO case_tombstones (name, organisation_id, deleted_by, reason) VALUES ('gc/deleted', $1, $1, 'duplicate')",
        [org!.id],
      );
      const update = Y.encodeStateAsUpdate(new Y.Doc());
      const results = await Promise.allSettled([
        store.appendUpdate('gc/alive', update),
        store.appendUpdate('gc/deleted', update),
      ]);
      expect(results[0]?.status).toBe('fulfilled');
      expect(results[1]).toMatchObject({
        status: 'rejected',
        reason: expect.any(CaseDeletedError),
      });
    });
  });
}

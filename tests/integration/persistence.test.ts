// The persistence contract: the same suite against embedded PGlite and (when DATABASE_URL is set) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createDocumentStore,
  type DocumentStore,
} from '../../src/server/persistence/documentStore';
import { claimDocument, documentOwner } from '../../src/server/persistence/documentOwners';
import {
  deleteOrphanParts,
  PART_BYTES,
  writeParts,
} from '../../src/server/persistence/documentParts';
import { deleteCase, withTombstones } from '../../src/server/avg/tombstones';
import type { Database, Queryable } from '../../src/server/persistence/db';
import { runMigrations } from '../../src/server/persistence/migrate';
import { adapters, openTestDatabase, type TestDatabase } from './support/databases';
import { noteSkipped } from './support/env';

const docWith = (entries: Record<string, string>): Y.Doc => {
  const doc = new Y.Doc();
  for (const [k, v] of Object.entries(entries)) doc.getMap('m').set(k, v);
  return doc;
};

const loadJson = async (store: DocumentStore, name: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await store.load(name));
  return doc.getMap('m').toJSON();
};

/** Records each update a doc emits, so the test can append them one by one as a client would. */
const recordUpdates = (doc: Y.Doc): Uint8Array[] => {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
};

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`persistence suite on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`persistence on ${kind}`, () => {
    let t: TestDatabase;
    let store: DocumentStore;
    beforeAll(async () => {
      t = await openTestDatabase(kind);
      store = createDocumentStore(t.db);
    });
    afterAll(async () => t?.dispose());

    it('runs each migration once and records it', async () => {
      expect(await runMigrations(t.db)).toEqual([]);
      const rows = await t.db.query<{ version: string }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toContain('001_initial');
    });

    it('round-trips bytea exactly', async () => {
      const bytes = new Uint8Array(PART_BYTES).map((_, i) => (i * 7) % 256);
      await t.db.query('INSERT INTO settings (key, value) VALUES ($1, $2)', ['probe', 'x']);
      await store.appendUpdate('probe/bytes', bytes);
      const [row] = await t.db.query<{ update: Uint8Array }>(
        "SELECT update FROM document_updates WHERE name = 'probe/bytes'",
      );
      expect(Buffer.from(row!.update).equals(Buffer.from(bytes))).toBe(true);
    });

    it('loads an unknown document as an empty state', async () => {
      expect(await loadJson(store, 'case/unknown')).toEqual({});
    });

    it('loads the merged state of the log', async () => {
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      doc.getMap('m').set('a', '1');
      doc.getMap('m').set('b', '2');
      for (const u of updates) await store.appendUpdate('case/log', u);
      expect(await store.pendingUpdates('case/log')).toBe(2);
      expect(await loadJson(store, 'case/log')).toEqual({ a: '1', b: '2' });
    });

    it('compacts the log into the state in one transaction', async () => {
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, `v${i}`);
      for (const u of updates) await store.appendUpdate('case/compact', u);
      expect(await store.compact('case/compact')).toEqual({ merged: 20 });
      expect(await store.pendingUpdates('case/compact')).toBe(0);
      expect(await loadJson(store, 'case/compact')).toEqual(doc.getMap('m').toJSON());
      // More updates after compaction land in the log again and still load.
      doc.getMap('m').set('after', 'yes');
      await store.appendUpdate('case/compact', updates.at(-1)!);
      expect((await loadJson(store, 'case/compact')).after).toBe('yes');
    });

    it('merges extra state (the live document) when compacting', async () => {
      const live = docWith({ live: 'state' });
      await store.compact('case/extra', Y.encodeStateAsUpdate(live));
      expect(await loadJson(store, 'case/extra')).toEqual({ live: 'state' });
    });

    it('loses no update appended while compactions run', async () => {
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      for (let i = 0; i < 60; i++) doc.getMap('m').set(`k${i}`, i);
      const work: Promise<unknown>[] = [];
      updates.forEach((u, i) => {
        work.push(store.appendUpdate('case/race', u));
        if (i % 10 === 0) work.push(store.compact('case/race'));
      });
      await Promise.all(work);
      await store.compact('case/race');
      expect(await loadJson(store, 'case/race')).toEqual(doc.getMap('m').toJSON());
    });

    it('stores a large update in parts, each its own statement, and loads it back exactly', async () => {
      const doc = docWith({ big: 'ሰላም'.repeat(400_000) });
      const update = Y.encodeStateAsUpdate(doc);
      expect(update.byteLength).toBeGreaterThan(3 * PART_BYTES);
      await store.appendUpdate('case/parts', update);
      const [row] = await t.db.query<{ update: Uint8Array; part_set: string }>(
        "SELECT update, part_set FROM document_updates WHERE name = 'case/parts'",
      );
      expect(row!.update.byteLength).toBe(0);
      const parts = await t.db.query<{ seq: number; n: number }>(
        'SELECT seq, length(bytes) AS n FROM document_parts WHERE part_set = $1 ORDER BY seq',
        [row!.part_set],
      );
      expect(parts.length).toBe(Math.ceil(update.byteLength / PART_BYTES));
      expect(parts.every((p) => Number(p.n) <= PART_BYTES)).toBe(true);
      expect(Buffer.from(await store.load('case/parts')).equals(Buffer.from(update))).toBe(true);
    });

    it('compacts a large case into a state in parts and removes the parts nothing refers to any more', async () => {
      const name = 'case/large-compact';
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      doc.getMap('m').set('big', 'x'.repeat(3 * PART_BYTES));
      doc.getMap('m').set('small', 'answer');
      for (const u of updates.splice(0)) await store.appendUpdate(name, u);
      expect(await store.compact(name)).toEqual({ merged: 2 });
      const sets = async () =>
        (
          await t.db.query<{ part_set: string }>(
            'SELECT DISTINCT part_set FROM document_parts WHERE name = $1',
            [name],
          )
        ).map((r) => r.part_set);
      const [state] = await t.db.query<{ state_part_set: string }>(
        'SELECT state_part_set FROM documents WHERE name = $1',
        [name],
      );
      expect(await sets()).toEqual([state!.state_part_set]);
      // Another answer and another compaction: a new state, and the old state's parts are gone.
      doc.getMap('m').set('later', 'ja');
      for (const u of updates.splice(0)) await store.appendUpdate(name, u);
      expect(await store.compact(name)).toEqual({ merged: 1 });
      const [next] = await t.db.query<{ state_part_set: string }>(
        'SELECT state_part_set FROM documents WHERE name = $1',
        [name],
      );
      expect(next!.state_part_set).not.toBe(state!.state_part_set);
      expect(await sets()).toEqual([next!.state_part_set]);
      expect(await loadJson(store, name)).toEqual(doc.getMap('m').toJSON());
    });

    it('loads the whole large case while compactions and appends run, and two compactions at once leave one state', async () => {
      const name = 'case/large-race';
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      doc.getMap('m').set('big', 'y'.repeat(2 * PART_BYTES));
      for (const u of updates.splice(0)) await store.appendUpdate(name, u);
      const loads: Promise<Record<string, unknown>>[] = [];
      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 12; i++) {
        doc.getMap('m').set(`k${i}`, i);
        for (const u of updates.splice(0)) work.push(store.appendUpdate(name, u));
        if (i % 3 === 0) work.push(store.compact(name), store.compact(name));
        loads.push(loadJson(store, name));
      }
      await Promise.all(work);
      for (const loaded of await Promise.all(loads))
        expect(loaded.big).toBe('y'.repeat(2 * PART_BYTES));
      await store.compact(name);
      expect(await loadJson(store, name)).toEqual(doc.getMap('m').toJSON());
      const sets = await t.db.query<{ part_set: string }>(
        'SELECT DISTINCT part_set FROM document_parts WHERE name = $1',
        [name],
      );
      expect(sets).toHaveLength(1);
    });

    it('reads a document into a Y.Doc one stored value at a time, also a claimed one without state and during compactions', async () => {
      const name = 'case/load-doc';
      const org = crypto.randomUUID();
      await t.db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [
        org,
        `Load ${org}`,
      ]);
      await claimDocument(t.db, name, org);
      expect((await store.loadDoc(name)).doc.share.size).toBe(0);
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      doc.getMap('m').set('big', 'z'.repeat(2 * PART_BYTES));
      for (let i = 0; i < 10; i++) doc.getMap('m').set(`k${i}`, i);
      for (const u of updates.splice(0)) await store.appendUpdate(name, u);
      const [loaded] = await Promise.all([
        store.loadDoc(name),
        store.compact(name),
        store.compact(name),
      ]);
      expect(loaded.doc.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
      expect(loaded.storedBytes).toBeGreaterThan(2 * PART_BYTES);
      expect((await store.loadDoc(name)).doc.getMap('m').toJSON()).toEqual(
        doc.getMap('m').toJSON(),
      );
    });

    it('a compaction that starts while a deletion is under way neither deadlocks with it nor brings the case back', async () => {
      const org = crypto.randomUUID();
      await t.db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [
        org,
        `Delete ${org}`,
      ]);
      const guarded = withTombstones(createDocumentStore(t.db), t.db);
      const name = `case/${crypto.randomUUID()}`;
      await claimDocument(t.db, name, org);
      const doc = new Y.Doc();
      const updates = recordUpdates(doc);
      for (let i = 0; i < 5; i++) doc.getMap('m').set(`k${i}`, `v${i}`);
      for (const u of updates) await guarded.appendUpdate(name, u);
      // The compaction's store tells when the compaction has got as far as it can while the deletion is open.
      // PostgreSQL: it has read the log (the deletion's removal is not visible to it yet) and asks for the
      // document's row, which the deletion holds. PGlite: one connection runs one statement at a time and the
      // open transaction holds it, so the compaction's first statement waits there for the commit.
      let blocked!: () => void;
      const compactionBlocked = new Promise<void>((resolve) => (blocked = resolve));
      const reaches = (sql: string) => kind === 'pglite' || /\bFOR UPDATE\b/.test(sql);
      const observed: Database = {
        ...t.db,
        query: (sql, params) => {
          if (reaches(sql)) blocked();
          return t.db.query(sql, params);
        },
        transaction: (fn) =>
          t.db.transaction((tx) =>
            fn({
              query: (sql, params) => {
                if (reaches(sql)) blocked();
                return tx.query(sql, params);
              },
            }),
          ),
      };
      const compacting = withTombstones(createDocumentStore(observed), observed);
      // The deletion pauses right after it removed the log (not committed yet); a compaction starts then, as
      // a tablet leaving the case would start one. It read the log before the deletion commits.
      let compaction: Promise<unknown> | undefined;
      const paused: Database = {
        ...t.db,
        transaction: (fn) =>
          t.db.transaction((tx) =>
            fn({
              query: async (sql, params) => {
                const rows = await tx.query(sql, params);
                if (sql.startsWith('DELETE FROM document_updates')) {
                  compaction = compacting.compact(name);
                  await compactionBlocked;
                }
                return rows as never;
              },
            }),
          ),
      };
      await deleteCase(paused, {
        name,
        organisationId: org,
        deletedBy: crypto.randomUUID(),
        reason: 'duplicate',
        audit: {},
      });
      await compaction;
      for (const table of ['document_updates', 'document_parts', 'documents']) {
        expect(
          await t.db.query(`SELECT 1 FROM ${table} WHERE name = $1`, [name]),
          table,
        ).toHaveLength(0);
      }
    });

    it('removes parts a crash left without their row, and only those', async () => {
      const orphan = await writeParts(t.db, 'case/orphan', new Uint8Array(PART_BYTES + 1));
      const referenced = (
        await t.db.query<{ part_set: string }>(
          "SELECT part_set FROM document_updates WHERE name = 'case/parts'",
        )
      )[0]!.part_set;
      expect(await deleteOrphanParts(t.db, 0)).toBeGreaterThanOrEqual(1);
      expect(
        await t.db.query('SELECT 1 FROM document_parts WHERE part_set = $1', [orphan]),
      ).toHaveLength(0);
      expect(
        (await t.db.query('SELECT 1 FROM document_parts WHERE part_set = $1', [referenced])).length,
      ).toBeGreaterThan(0);
    });

    it('throws on a database error instead of returning an empty document', async () => {
      await store.appendUpdate('case/fail', Y.encodeStateAsUpdate(docWith({ a: 'x' })));
      await t.db.query('ALTER TABLE document_updates RENAME TO document_updates_away');
      try {
        await expect(store.load('case/fail')).rejects.toThrow();
      } finally {
        await t.db.query('ALTER TABLE document_updates_away RENAME TO document_updates');
      }
      expect(await loadJson(store, 'case/fail')).toEqual({ a: 'x' });
    });

    it('rolls a failed transaction back', async () => {
      await expect(
        t.db.transaction(async (tx) => {
          await tx.query("INSERT INTO settings (key, value) VALUES ('rollback', 'x')");
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await t.db.query("SELECT 1 FROM settings WHERE key = 'rollback'")).toEqual([]);
    });

    it('reports a failing statement with its SQL state code and keeps serving', async () => {
      await t.db.query("INSERT INTO settings (key, value) VALUES ('unique', 'x')");
      const failure = t.db.query("INSERT INTO settings (key, value) VALUES ('unique', 'y')");
      await expect(failure).rejects.toMatchObject({ code: '23505' }); // unique_violation
      expect(await t.db.query("SELECT value FROM settings WHERE key = 'unique'")).toEqual([
        { value: 'x' },
      ]);
    });

    it('runs a statement from outside only after an open transaction has committed', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let holdLock!: (tx: Queryable) => void;
      const lockHeld = new Promise<Queryable>((resolve) => (holdLock = resolve));
      const order: string[] = [];
      const transaction = t.db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO settings (key, value) VALUES ('serial', 'from the transaction')",
        );
        await tx.query('LOCK TABLE settings IN EXCLUSIVE MODE');
        holdLock(tx);
        await gate;
        order.push('committed');
      });
      const inside = await lockHeld;
      const outside = t.db
        .query("UPDATE settings SET value = 'from outside' WHERE key = 'serial' RETURNING value")
        .then((rows) => (order.push('outside'), rows));
      // The outside statement has had its turn and waits for the commit.
      if (kind === 'postgres') {
        // On its own connection, for the table lock. PostgreSQL tells no one when a statement starts to wait:
        // its lock request is polled for (from inside the transaction, which pg_locks does not wait for).
        await vi.waitFor(
          async () =>
            expect(
              await inside.query(
                "SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'settings'::regclass",
              ),
            ).toHaveLength(1),
          { timeout: 10_000, interval: 20 },
        );
      } else {
        // PGlite's thread takes statements in the order they were sent: once this later statement of the
        // transaction is answered, the outside one has been handed to the database, which holds it.
        await inside.query('SELECT 1');
      }
      expect(order).toEqual([]);
      release();
      await transaction;
      expect(await outside).toEqual([{ value: 'from outside' }]);
      expect(order).toEqual(['committed', 'outside']);
    });

    it('records the first organisation that claims a document', async () => {
      const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
      await t.db.query('INSERT INTO organisations (id, name) VALUES ($1, $2), ($3, $4)', [
        a,
        `A ${a}`,
        b,
        `B ${b}`,
      ]);
      expect(await documentOwner(t.db, 'case/claimed')).toBeUndefined();
      expect(await claimDocument(t.db, 'case/claimed', a)).toBe(a);
      expect(await claimDocument(t.db, 'case/claimed', b)).toBe(a);
      expect(await documentOwner(t.db, 'case/claimed')).toBe(a);
    });
  });
}

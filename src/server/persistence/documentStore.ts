// Document store: Yjs state + append-only update log per document (large values in parts); load merges both,
// compact folds the log into the state.
import * as Y from 'yjs';
import { asBytes, type Database, type Queryable } from './db';
import {
  deleteOrphanParts,
  deleteParts,
  isLarge,
  PartsMissingError,
  readParts,
  writeParts,
} from './documentParts';

export interface DocumentStore {
  /** The merged state (compacted state + every logged update) as one Yjs update; throws on any database error. */
  load(name: string): Promise<Uint8Array>;
  /**
   * The document read into a new Y.Doc one stored value at a time, so the stored bytes are never held
   * together with a merged copy (the inzage of a large case).
   */
  loadDoc(name: string): Promise<{ doc: Y.Doc; storedBytes: number }>;
  /** Appends one update to the log; resolves only when it is committed. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Merges the log (and optionally extra state, e.g. the live doc) into the state in one transaction. */
  compact(name: string, extraState?: Uint8Array): Promise<{ merged: number }>;
  /** Number of logged, not yet compacted updates. */
  pendingUpdates(name: string): Promise<number>;
  /** Names of documents whose log holds at least minUpdates entries. */
  namesWithLog(minUpdates: number): Promise<string[]>;
  /** Removes parts a crash left without the row that would refer to them; returns how many sets. */
  removeOrphanParts(): Promise<number>;
}

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

const merge = (updates: Uint8Array[]): Uint8Array => {
  const parts = updates.filter((u) => u.byteLength > 0);
  if (parts.length === 0) return EMPTY_UPDATE;
  if (parts.length === 1) return parts[0]!;
  return Y.mergeUpdates(parts);
};

/** One value of the snapshot: inline bytes, or a part set to read. */
interface StoredValue {
  data: unknown;
  partSet: string | null;
}

const valueOf = async (db: Queryable, v: StoredValue): Promise<Uint8Array> =>
  v.partSet ? readParts(db, v.partSet) : asBytes(v.data);

/** Writes an update's row (its bytes in parts when large); the row only when the case has no tombstone. */
export const insertUpdateRow = async (
  db: Queryable,
  name: string,
  update: Uint8Array,
): Promise<boolean> => {
  const partSet = isLarge(update) ? await writeParts(db, name, update) : null;
  const rows = await db.query(
    `INSERT INTO document_updates (name, update, part_set)
     SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM case_tombstones WHERE name = $1) RETURNING id`,
    [name, partSet ? EMPTY_BYTES : update, partSet],
  );
  if (rows.length === 0 && partSet) await deleteParts(db, [partSet]);
  return rows.length > 0;
};

const EMPTY_BYTES = new Uint8Array(0);
/** A compaction that finds its parts removed by another compaction reads again, at most this often. */
const MAX_READ_ATTEMPTS = 5;

/** The row pointers of a document's state and log, read by one statement (one snapshot). */
const readPointers = async (db: Queryable, name: string) => {
  const rows = await db.query<{
    kind: string;
    data: unknown;
    part_set: string | null;
    seq: unknown;
    version: unknown;
  }>(
    `SELECT 'state' AS kind, state AS data, state_part_set AS part_set, 0::bigint AS seq, state_version AS version
       FROM documents WHERE name = $1
     UNION ALL
     SELECT 'update' AS kind, update AS data, part_set, id AS seq, 0 AS version FROM document_updates WHERE name = $1
     ORDER BY seq`,
    [name],
  );
  const state = rows.find((r) => r.kind === 'state');
  return {
    rows,
    state: state ? { partSet: state.part_set, version: Number(state.version) } : undefined,
    log: rows
      .filter((r) => r.kind === 'update')
      .map((r) => ({ id: String(r.seq), partSet: r.part_set })),
  };
};

/**
 * Reads a document's values, handing each to `take` as it is read; when a compaction finished meanwhile and
 * removed parts, `restart` is called and everything is read again from a new snapshot.
 */
const readValues = async (
  db: Queryable,
  name: string,
  take: (value: Uint8Array) => void,
  restart: () => void,
) => {
  for (let attempt = 1; ; attempt++) {
    const pointers = await readPointers(db, name);
    try {
      for (const row of pointers.rows)
        take(await valueOf(db, { data: row.data, partSet: row.part_set }));
      return pointers;
    } catch (error) {
      if (!(error instanceof PartsMissingError) || attempt >= MAX_READ_ATTEMPTS) throw error;
      restart();
    }
  }
};

/** The state and the log of a document as one consistent snapshot, with every value read. */
const readSnapshot = async (db: Queryable, name: string) => {
  let values: Uint8Array[] = [];
  const pointers = await readValues(
    db,
    name,
    (v) => values.push(v),
    () => (values = []),
  );
  return { ...pointers, values };
};

export const createDocumentStore = (db: Database): DocumentStore => ({
  load: async (name) => merge((await readSnapshot(db, name)).values),

  loadDoc: async (name) => {
    let doc = new Y.Doc();
    let storedBytes = 0;
    await readValues(
      db,
      name,
      (value) => {
        // A document row made by the owner claim holds no state yet (empty bytes): nothing to apply.
        if (value.byteLength === 0) return;
        Y.applyUpdate(doc, value);
        storedBytes += value.byteLength;
      },
      () => {
        doc.destroy();
        doc = new Y.Doc();
        storedBytes = 0;
      },
    );
    return { doc, storedBytes };
  },

  appendUpdate: async (name, update) => {
    // withTombstones turns this into CaseDeletedError; the store itself knows tombstones only as a table.
    if (!(await insertUpdateRow(db, name, update))) throw new Error(`${name} is deleted`);
  },

  /**
   * Reads and merges outside any transaction (a large case would hold the database meanwhile), writes the
   * merged state (in parts when large), then in one short transaction points the document at it and deletes
   * exactly the log rows merged, unless another compaction got there first. Parts no longer referred to are
   * removed afterwards.
   */
  compact: async (name, extraState) => {
    const snapshot = await readSnapshot(db, name);
    if (snapshot.log.length === 0 && !extraState) return { merged: 0 };
    const state = merge([...snapshot.values, ...(extraState ? [extraState] : [])]);
    const partSet = isLarge(state) ? await writeParts(db, name, state) : null;
    const done = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO documents (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [
        name,
      ]);
      const [current] = await tx.query<{ state_version: unknown }>(
        'SELECT state_version FROM documents WHERE name = $1 FOR UPDATE',
        [name],
      );
      if (Number(current?.state_version ?? 0) !== (snapshot.state?.version ?? 0)) return false;
      await tx.query(
        'UPDATE documents SET state = $2, state_part_set = $3, state_version = state_version + 1, updated_at = now() WHERE name = $1',
        [name, partSet ? EMPTY_BYTES : state, partSet],
      );
      // Delete exactly the rows merged above: a row committed meanwhile stays in the log.
      if (snapshot.log.length > 0) {
        await tx.query('DELETE FROM document_updates WHERE id = ANY($1::bigint[])', [
          snapshot.log.map((r) => r.id),
        ]);
      }
      return true;
    });
    const unreferenced = done
      ? [snapshot.state?.partSet, ...snapshot.log.map((r) => r.partSet)]
      : [partSet];
    await deleteParts(
      db,
      unreferenced.filter((p): p is string => typeof p === 'string'),
    );
    return { merged: done ? snapshot.log.length : 0 };
  },
  pendingUpdates: async (name) => {
    const [row] = await db.query<{ n: unknown }>(
      'SELECT count(*) AS n FROM document_updates WHERE name = $1',
      [name],
    );
    return Number(row?.n ?? 0);
  },

  removeOrphanParts: () => deleteOrphanParts(db),

  namesWithLog: async (minUpdates) => {
    const rows = await db.query<{ name: string }>(
      'SELECT name FROM document_updates GROUP BY name HAVING count(*) >= $1',
      [minUpdates],
    );
    return rows.map((r) => r.name);
  },
});

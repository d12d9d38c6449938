// Document store: Yjs state + append-only update log per document; load merges both, compact folds the log into the state.
import * as Y from 'yjs';
import { asBytes, type Database } from './db';

export interface DocumentStore {
  /** The merged state (compacted state + every logged update) as one Yjs update; throws on any database error. */
  load(name: string): Promise<Uint8Array>;
  /** Appends one update to the log; resolves only when it is committed. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Merges the log (and optionally extra state, e.g. the live doc) into the state in one transaction. */
  compact(name: string, extraState?: Uint8Array): Promise<{ merged: number }>;
  /** Number of logged, not yet compacted updates. */
  pendingUpdates(name: string): Promise<number>;
  /** Names of documents whose log holds at least minUpdates entries. */
  namesWithLog(minUpdates: number): Promise<string[]>;
}

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

const merge = (updates: Uint8Array[]): Uint8Array => {
  const parts = updates.filter((u) => u.byteLength > 0);
  if (parts.length === 0) return EMPTY_UPDATE;
  if (parts.length === 1) return parts[0]!;
  return Y.mergeUpdates(parts);
};

export const createDocumentStore = (db: Database): DocumentStore => ({
  load: async (name) => {
    // One statement sees one snapshot, so a concurrent compaction cannot make us miss updates.
    const rows = await db.query<{ data: unknown; seq: unknown }>(
      `SELECT state AS data, 0::bigint AS seq FROM documents WHERE name = $1
       UNION ALL
       SELECT update AS data, id AS seq FROM document_updates WHERE name = $1
       ORDER BY seq`,
      [name],
    );
    return merge(rows.map((r) => asBytes(r.data)));
  },

  appendUpdate: async (name, update) => {
    await db.query('INSERT INTO document_updates (name, update) VALUES ($1, $2)', [name, update]);
  },

  compact: (name, extraState) =>
    db.transaction(async (tx) => {
      await tx.query('INSERT INTO documents (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [
        name,
      ]);
      const [doc] = await tx.query<{ state: unknown }>(
        'SELECT state FROM documents WHERE name = $1 FOR UPDATE',
        [name],
      );
      const log = await tx.query<{ id: unknown; update: unknown }>(
        'SELECT id, update FROM document_updates WHERE name = $1 ORDER BY id',
        [name],
      );
      if (log.length === 0 && !extraState) return { merged: 0 };
      const state = merge([
        asBytes(doc?.state),
        ...log.map((r) => asBytes(r.update)),
        ...(extraState ? [extraState] : []),
      ]);
      await tx.query('UPDATE documents SET state = $2, updated_at = now() WHERE name = $1', [
        name,
        state,
      ]);
      // Delete exactly the rows merged above: a row committed meanwhile stays in the log.
      if (log.length > 0) {
        await tx.query('DELETE FROM document_updates WHERE id = ANY($1::bigint[])', [
          log.map((r) => String(r.id)),
        ]);
      }
      return { merged: log.length };
    }),

  pendingUpdates: async (name) => {
    const [row] = await db.query<{ n: unknown }>(
      'SELECT count(*) AS n FROM document_updates WHERE name = $1',
      [name],
    );
    return Number(row?.n ?? 0);
  },

  namesWithLog: async (minUpdates) => {
    const rows = await db.query<{ name: string }>(
      'SELECT name FROM document_updates GROUP BY name HAVING count(*) >= $1',
      [minUpdates],
    );
    return rows.map((r) => r.name);
  },
});

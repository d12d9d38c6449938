// Group commit of incoming updates: every update that arrives while a write is in flight goes into the
// next single multi-row INSERT. Each caller still resolves only after its own row is committed (durable
// acknowledgement), but the database sees one statement per batch instead of one per update.
import type { DocumentStore } from '../persistence/documentStore';
import type { Queryable } from '../persistence/db';
import { CaseDeletedError } from '../avg/tombstones';

interface Pending {
  name: string;
  update: Uint8Array;
  resolve(): void;
  reject(error: unknown): void;
}

/** Rows per statement: two parameters each, far below PostgreSQL's 65,535 limit. */
const MAX_BATCH = 500;

/** Inserts the updates whose document has no tombstone; returns, per input row, whether it was inserted. */
const insertBatch = async (db: Queryable, batch: readonly Pending[]): Promise<boolean[]> => {
  const values = batch.map((_, i) => `($${i * 3 + 1}::text, $${i * 3 + 2}::bytea, $${i * 3 + 3}::int)`).join(', ');
  const params = batch.flatMap((p, i) => [p.name, p.update, i]);
  const rows = await db.query<{ name: string }>(
    `INSERT INTO document_updates (name, update)
     SELECT v.name, v.update FROM (VALUES ${values}) AS v(name, update, ord)
     WHERE NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.name = v.name)
     ORDER BY v.ord
     RETURNING name`,
    params,
  );
  const inserted = new Set(rows.map((r) => r.name));
  return batch.map((p) => inserted.has(p.name));
};

export const withGroupCommit = (inner: DocumentStore, db: Queryable): DocumentStore => {
  let queue: Pending[] = [];
  let writing = false;

  const flush = async (): Promise<void> => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        const inserted = await insertBatch(db, batch);
        batch.forEach((p, i) => (inserted[i] ? p.resolve() : p.reject(new CaseDeletedError(p.name))));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    writing = false;
  };

  return {
    ...inner,
    appendUpdate: (name, update) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ name, update, resolve, reject });
        if (!writing) void flush();
      }),
  };
};

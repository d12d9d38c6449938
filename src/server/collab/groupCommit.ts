// Group commit of incoming updates: every update that arrives within a short linger, or while a write
// is in flight, goes into the next single multi-row INSERT. Each caller still resolves only after its
// own row is committed (durable acknowledgement), but the database sees one statement per batch instead
// of one per update — for embedded PGlite, whose every statement runs on the server's own thread, that
// is most of the server's CPU under load (docs/benchmarks.md). The linger only delays the
// acknowledgement: updates are forwarded to the other tablets before they are appended.
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
  const values = batch
    .map((_, i) => `($${i * 3 + 1}::text, $${i * 3 + 2}::bytea, $${i * 3 + 3}::int)`)
    .join(', ');
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

/** How long the first update of a batch waits for others, ms. */
export const DEFAULT_LINGER_MS = 10;

export const withGroupCommit = (
  inner: DocumentStore,
  db: Queryable,
  lingerMs = DEFAULT_LINGER_MS,
): DocumentStore => {
  let queue: Pending[] = [];
  let writing = false;
  let lingering: ReturnType<typeof setTimeout> | undefined;

  const flush = async (): Promise<void> => {
    lingering = undefined;
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        const inserted = await insertBatch(db, batch);
        batch.forEach((p, i) =>
          inserted[i] ? p.resolve() : p.reject(new CaseDeletedError(p.name)),
        );
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
        // While a write is in flight the queue is taken up as soon as it is done.
        if (writing || lingering) return;
        if (lingerMs > 0) lingering = setTimeout(() => void flush(), lingerMs);
        else void flush();
      }),
  };
};

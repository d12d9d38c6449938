// Group commit of incoming updates: one multi-row INSERT at a time, holding every update that arrived
// since the last one; an update waits up to a short linger (from its arrival) for others to join. Each
// caller still resolves only after its own row is committed (durable acknowledgement), but the database
// sees one statement per batch instead of one per update: fewer statements is most of what embedded
// PGlite costs under load (docs/benchmarks.md). The linger only delays the acknowledgement: updates are
// forwarded to the other tablets before they are appended. Large updates are written in parts first.
import type { DocumentStore } from '../persistence/documentStore';
import type { Queryable } from '../persistence/db';
import { CaseDeletedError } from '../avg/tombstones';
import { deleteParts, isLarge, writeParts } from '../persistence/documentParts';

const EMPTY = new Uint8Array(0);

interface Pending {
  name: string;
  /** The update's bytes, or empty when they are in `partSet` (a large update, written in parts first). */
  update: Uint8Array;
  partSet: string | null;
  resolve(): void;
  reject(error: unknown): void;
  arrivedAt: number;
}

/** Rows per statement: four parameters each, far below PostgreSQL's 65,535 limit. */
const MAX_BATCH = 500;

/** Inserts the updates whose document has no tombstone; returns, per input row, whether it was inserted. */
const insertBatch = async (db: Queryable, batch: readonly Pending[]): Promise<boolean[]> => {
  const values = batch
    .map(
      (_, i) =>
        `($${i * 4 + 1}::text, $${i * 4 + 2}::bytea, $${i * 4 + 3}::uuid, $${i * 4 + 4}::int)`,
    )
    .join(', ');
  const params = batch.flatMap((p, i) => [p.name, p.update, p.partSet, i]);
  const rows = await db.query<{ name: string }>(
    `INSERT INTO document_updates (name, update, part_set)
     SELECT v.name, v.update, v.part_set FROM (VALUES ${values}) AS v(name, update, part_set, ord)
     WHERE NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.name = v.name)
     ORDER BY v.ord
     RETURNING name`,
    params,
  );
  const inserted = new Set(rows.map((r) => r.name));
  return batch.map((p) => inserted.has(p.name));
};

/** How long an update waits for others to share its statement, ms (counted from its arrival). */
export const DEFAULT_LINGER_MS = 20;

export const withGroupCommit = (
  inner: DocumentStore,
  db: Queryable,
  lingerMs = DEFAULT_LINGER_MS,
): DocumentStore => {
  let queue: Pending[] = [];
  let writing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** One statement at a time; the next one when the oldest waiting update has lingered long enough. */
  const schedule = () => {
    if (writing || timer || queue.length === 0) return;
    const wait = queue.length >= MAX_BATCH ? 0 : queue[0]!.arrivedAt + lingerMs - performance.now();
    timer = setTimeout(() => void write(), Math.max(0, wait));
  };

  const write = async (): Promise<void> => {
    timer = undefined;
    writing = true;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(batch.length);
    try {
      const inserted = await insertBatch(db, batch);
      // The parts of an update refused for a deleted case would otherwise wait for the orphan sweep.
      await deleteParts(
        db,
        batch.filter((p, i) => !inserted[i] && p.partSet).map((p) => p.partSet!),
      ).catch(() => undefined);
      batch.forEach((p, i) => (inserted[i] ? p.resolve() : p.reject(new CaseDeletedError(p.name))));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
    writing = false;
    schedule();
  };

  return {
    ...inner,
    appendUpdate: async (name, update) => {
      // A large update's bytes go first, part by part, with the statements of others in between; its row
      // then joins a batch like any other, and only that row makes it part of the document.
      const partSet = isLarge(update) ? await writeParts(db, name, update) : null;
      await new Promise<void>((resolve, reject) => {
        queue.push({
          name,
          update: partSet ? EMPTY : update,
          partSet,
          resolve,
          reject,
          arrivedAt: performance.now(),
        });
        schedule();
      });
    },
  };
};

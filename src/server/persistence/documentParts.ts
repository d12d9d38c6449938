// Large updates and states in parts of at most 512 kB, each written and read by its own statement: one tablet's
// 15 MB upload never holds the database (a single thread with embedded PGlite) for the acknowledgements of others.
import { randomUUID } from 'node:crypto';
import { asBytes, type Queryable } from './db';

/** Values above this size are stored in parts; smaller ones stay inline in their row. */
export const PART_BYTES = 512 * 1024;

/** A part set was removed while it was read (a compaction finished meanwhile): read the document again. */
export class PartsMissingError extends Error {
  constructor(partSet: string) {
    super(`parts of ${partSet} are gone`);
  }
}

/** Parts read per statement: a few MB at most, so no single read holds the database long. */
const PARTS_PER_READ = 4;

export const isLarge = (bytes: Uint8Array): boolean => bytes.byteLength > PART_BYTES;

/**
 * Writes bytes as a new part set, one statement per part, the last part marked; returns the set's id. The
 * parts mean nothing until a row refers to the set (an update in the log, or a document's state), so a crash
 * in between leaves only orphans, which `deleteOrphanParts` removes.
 */
export const writeParts = async (
  db: Queryable,
  name: string,
  bytes: Uint8Array,
): Promise<string> => {
  const partSet = randomUUID();
  const count = Math.max(1, Math.ceil(bytes.byteLength / PART_BYTES));
  for (let seq = 0; seq < count; seq++) {
    await db.query(
      'INSERT INTO document_parts (part_set, seq, name, bytes, last) VALUES ($1, $2, $3, $4, $5)',
      [
        partSet,
        seq,
        name,
        bytes.subarray(seq * PART_BYTES, (seq + 1) * PART_BYTES),
        seq === count - 1,
      ],
    );
  }
  return partSet;
};

/**
 * Reads a part set back, a few parts per statement, into one buffer of the set's size (no second copy);
 * throws PartsMissingError when any part is gone.
 */
export const readParts = async (db: Queryable, partSet: string): Promise<Uint8Array> => {
  const [size] = await db.query<{ bytes: unknown; parts: unknown }>(
    'SELECT coalesce(sum(length(bytes)), 0) AS bytes, count(*) AS parts FROM document_parts WHERE part_set = $1',
    [partSet],
  );
  const out = new Uint8Array(Number(size?.bytes ?? 0));
  let offset = 0;
  for (let seq = 0; ; seq += PARTS_PER_READ) {
    const rows = await db.query<{ seq: number; bytes: unknown; last: boolean }>(
      'SELECT seq, bytes, last FROM document_parts WHERE part_set = $1 AND seq >= $2 ORDER BY seq LIMIT $3',
      [partSet, seq, PARTS_PER_READ],
    );
    for (const [i, row] of rows.entries()) {
      const bytes = asBytes(row.bytes);
      if (Number(row.seq) !== seq + i || offset + bytes.byteLength > out.byteLength)
        throw new PartsMissingError(partSet);
      out.set(bytes, offset);
      offset += bytes.byteLength;
      if (row.last) {
        if (offset !== out.byteLength) throw new PartsMissingError(partSet);
        return out;
      }
    }
    if (rows.length < PARTS_PER_READ) throw new PartsMissingError(partSet);
  }
};

/** Removes part sets no row refers to any more, one set per statement. */
export const deleteParts = async (db: Queryable, partSets: readonly string[]): Promise<void> => {
  for (const partSet of partSets)
    await db.query('DELETE FROM document_parts WHERE part_set = $1', [partSet]);
};

/**
 * Removes parts no update or state refers to, older than `olderThanMs`: what a crash between writing the parts
 * and their row left behind (young sets may still be on their way to their row).
 */
export const deleteOrphanParts = async (
  db: Queryable,
  olderThanMs = 60 * 60_000,
): Promise<number> => {
  const rows = await db.query<{ part_set: string }>(
    `SELECT DISTINCT p.part_set FROM document_parts p
     WHERE p.created_at < now() - make_interval(secs => $1::double precision / 1000)
       AND NOT EXISTS (SELECT 1 FROM document_updates u WHERE u.part_set = p.part_set)
       AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.state_part_set = p.part_set)`,
    [olderThanMs],
  );
  await deleteParts(
    db,
    rows.map((r) => r.part_set),
  );
  return rows.length;
};

// Deleted cases: the deletion (content gone, a tombstone left), the check sync makes before it accepts a
// document name, and a document store that never writes or serves a deleted case again.
import { insertAuditEntry, type AuditEntry } from '../audit';
import type { Database, Queryable } from '../persistence/db';
import { insertUpdateRow, type DocumentStore } from '../persistence/documentStore';

/** Thrown by the guarded store for a deleted case; Hocuspocus sends `reason` to the client. */
export class CaseDeletedError extends Error {
  readonly reason = 'case-deleted';
  constructor(documentName: string) {
    super(`${documentName} was deleted on request`);
    this.name = 'CaseDeletedError';
  }
}

export interface Tombstone {
  name: string;
  organisationId: string;
  deletedAt: string;
}

const iso = (v: unknown): string => new Date(v as string | Date).toISOString();

export const tombstoneOf = async (db: Queryable, name: string): Promise<Tombstone | undefined> => {
  const [row] = await db.query<{ organisation_id: string; deleted_at: unknown }>(
    'SELECT organisation_id, deleted_at FROM case_tombstones WHERE name = $1',
    [name],
  );
  return row
    ? { name, organisationId: row.organisation_id, deletedAt: iso(row.deleted_at) }
    : undefined;
};

export const isCaseDeleted = async (db: Queryable, name: string): Promise<boolean> =>
  (await tombstoneOf(db, name)) !== undefined;

/** Removes the content of a case: update log, projection, compacted state and owner record. */
export const purgeCaseData = async (db: Queryable, name: string): Promise<void> => {
  // The document's row first, as a compaction takes it: the same lock order, so the two never deadlock.
  await db.query('SELECT 1 FROM documents WHERE name = $1 FOR UPDATE', [name]);
  await db.query('DELETE FROM document_updates WHERE name = $1', [name]);
  await db.query('DELETE FROM document_parts WHERE name = $1', [name]);
  await db.query('DELETE FROM case_projection WHERE name = $1', [name]);
  await db.query('DELETE FROM document_clients WHERE document_name = $1', [name]);
  await db.query('DELETE FROM documents WHERE name = $1', [name]);
};

/** Removes what a write that raced with the deletion left behind; true when the case is deleted. */
export const purgeIfDeleted = async (db: Queryable, name: string): Promise<boolean> => {
  if (!(await isCaseDeleted(db, name))) return false;
  await purgeCaseData(db, name);
  return true;
};

export interface DeleteCaseInput {
  name: string;
  organisationId: string;
  deletedBy: string;
  /** A reason code (and registration number), never free text: it is copied into the audit log. */
  reason: string;
  /** The audit entry, written in the same transaction: no deletion without its record. */
  audit: Omit<AuditEntry, 'action' | 'outcome' | 'target' | 'reason'>;
}

/**
 * Deletes a case in one transaction: tombstone, content, audit entry. Resolves undefined when the case
 * was deleted already (nothing changes then).
 */
export const deleteCase = (
  db: Database,
  input: DeleteCaseInput,
): Promise<{ deletedAt: string } | undefined> =>
  db.transaction(async (tx) => {
    const [row] = await tx.query<{ deleted_at: unknown }>(
      `INSERT INTO case_tombstones (name, organisation_id, deleted_by, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING deleted_at`,
      [input.name, input.organisationId, input.deletedBy, input.reason],
    );
    if (!row) return undefined;
    await purgeCaseData(tx, input.name);
    await insertAuditEntry(tx, {
      ...input.audit,
      action: 'case-deleted',
      outcome: 'ok',
      target: input.name,
      reason: input.reason,
    });
    return { deletedAt: iso(row.deleted_at) };
  });

/** Cases of a municipality deleted since the given time (all when omitted), newest first. */
export const listDeletedCases = async (
  db: Queryable,
  organisationId: string,
  since?: string,
): Promise<Tombstone[]> => {
  const rows = await db.query<{ name: string; deleted_at: unknown }>(
    `SELECT name, deleted_at FROM case_tombstones
     WHERE organisation_id = $1 AND ($2::timestamptz IS NULL OR deleted_at > $2::timestamptz)
     ORDER BY deleted_at DESC`,
    [organisationId, since ?? null],
  );
  return rows.map((r) => ({ name: r.name, organisationId, deletedAt: iso(r.deleted_at) }));
};

/**
 * A document store that treats a tombstone as final: loading a deleted case fails, an update for it is
 * never appended (the check and the insert are one statement), and compaction (the sweep, or the store
 * of a copy still in memory) removes instead of writes. A write that raced with the deletion is removed
 * by the check after compaction, or by the next sweep.
 */
export const withTombstones = (inner: DocumentStore, db: Queryable): DocumentStore => ({
  ...inner,

  load: async (name) => {
    if (await isCaseDeleted(db, name)) throw new CaseDeletedError(name);
    return inner.load(name);
  },

  loadDoc: async (name) => {
    if (await isCaseDeleted(db, name)) throw new CaseDeletedError(name);
    return inner.loadDoc(name);
  },

  appendUpdate: async (name, update) => {
    // The insert is conditional on the tombstone in one statement.
    if (!(await insertUpdateRow(db, name, update))) throw new CaseDeletedError(name);
  },

  compact: async (name, extraState) => {
    if (await purgeIfDeleted(db, name)) return { merged: 0 };
    const result = await inner.compact(name, extraState);
    if (await purgeIfDeleted(db, name)) return { merged: 0 };
    return result;
  },
});

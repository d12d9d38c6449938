// Which municipality owns a document: recorded once, by the first organisation that opens it for writing.
import type { Queryable } from './db';

/** The owning organisation of a document, or undefined when nobody has claimed it yet. */
export const documentOwner = async (db: Queryable, name: string): Promise<string | undefined> => {
  const [row] = await db.query<{ organisation_id: string | null }>(
    'SELECT organisation_id FROM documents WHERE name = $1',
    [name],
  );
  return row?.organisation_id ?? undefined;
};

/**
 * Claims an unowned document for organisationId; returns the owner after the claim (which may be another one).
 * The claiming user becomes the consultant the case is assigned to, unless it already has one.
 * A deleted case is never claimed again: its owner is the municipality of its tombstone. The callers check
 * the tombstone first, but in a separate statement, so a deletion landing in between is caught here.
 */
export const claimDocument = async (
  db: Queryable,
  name: string,
  organisationId: string,
  userId?: string,
): Promise<string> => {
  const [row] = await db.query<{ organisation_id: string }>(
    `INSERT INTO documents (name, organisation_id, assigned_user_id)
     SELECT $1::text, $2::uuid, $3::uuid WHERE NOT EXISTS (SELECT 1 FROM case_tombstones WHERE name = $1::text)
     ON CONFLICT (name) DO UPDATE SET
       organisation_id = COALESCE(documents.organisation_id, EXCLUDED.organisation_id),
       assigned_user_id = CASE WHEN documents.organisation_id IS NULL OR documents.organisation_id = EXCLUDED.organisation_id
                               THEN COALESCE(documents.assigned_user_id, EXCLUDED.assigned_user_id)
                               ELSE documents.assigned_user_id END
     RETURNING organisation_id`,
    [name, organisationId, userId ?? null],
  );
  if (row) return row.organisation_id;
  const [tombstone] = await db.query<{ organisation_id: string }>(
    'SELECT organisation_id FROM case_tombstones WHERE name = $1',
    [name],
  );
  if (!tombstone) throw new Error(`Could not claim ${name}`);
  return tombstone.organisation_id;
};

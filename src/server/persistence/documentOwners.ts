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

/** Claims an unowned document for organisationId; returns the owner after the claim (which may be another one). */
export const claimDocument = async (
  db: Queryable,
  name: string,
  organisationId: string,
): Promise<string> => {
  const [row] = await db.query<{ organisation_id: string }>(
    `INSERT INTO documents (name, organisation_id) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET organisation_id = COALESCE(documents.organisation_id, EXCLUDED.organisation_id)
     RETURNING organisation_id`,
    [name, organisationId],
  );
  if (!row) throw new Error(`Could not claim ${name}`);
  return row.organisation_id;
};

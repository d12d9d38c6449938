// The municipality's content in SQL: append a version, read what counts now (newest per slot, taken-back entries
// left out), read one entry's history. Values are JSON; a NULL value takes an entry back to the built-in one.
import type {
  ContentChange,
  ContentItem,
  ContentVersion,
  MunicipalContent,
} from '../../protocol/municipalContent';
import type { Queryable } from '../persistence/db';

interface ContentRow extends Record<string, unknown> {
  seq: string | number;
  kind: ContentItem['kind'];
  key: string;
  language: string;
  value: unknown;
  reviewed_by: string | null;
  reviewed_at: string | Date | null;
  created_at: string | Date;
  email?: string | null;
}

const iso = (value: string | Date | null): string | null =>
  value === null ? null : new Date(value).toISOString();

const itemOf = (r: ContentRow): ContentItem => ({
  kind: r.kind,
  key: r.key,
  language: r.language,
  value: typeof r.value === 'string' ? (JSON.parse(r.value) as unknown) : r.value,
  reviewedBy: r.reviewed_by,
  reviewedAt: iso(r.reviewed_at),
  seq: Number(r.seq),
  changedAt: iso(r.created_at)!,
});

/** Stores a new version of an entry; returns it. `reviewer` marks it reviewed by that person now. */
export const appendContent = async (
  db: Queryable,
  organisationId: string,
  userId: string,
  change: Pick<ContentChange, 'kind' | 'key' | 'language' | 'value'> & {
    reviewer?: string | undefined;
  },
): Promise<ContentItem> => {
  const [row] = await db.query<ContentRow>(
    `INSERT INTO municipal_content (organisation_id, kind, key, language, value, reviewed_by, reviewed_at, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, CASE WHEN $6::text IS NULL THEN NULL ELSE clock_timestamp() END, $7)
     RETURNING seq, kind, key, language, value, reviewed_by, reviewed_at, created_at`,
    [
      organisationId,
      change.kind,
      change.key,
      change.language ?? '',
      change.value === null ? null : JSON.stringify(change.value),
      change.reviewer ?? null,
      userId,
    ],
  );
  return itemOf(row!);
};

/** What counts now for the municipality, and a revision that changes with every new version. */
export const currentContent = async (
  db: Queryable,
  organisationId: string,
): Promise<MunicipalContent> => {
  const rows = await db.query<ContentRow>(
    `SELECT DISTINCT ON (kind, key, language) seq, kind, key, language, value, reviewed_by, reviewed_at, created_at
     FROM municipal_content WHERE organisation_id = $1 ORDER BY kind, key, language, seq DESC`,
    [organisationId],
  );
  const revision = rows.reduce((max, r) => Math.max(max, Number(r.seq)), 0);
  return { revision, items: rows.filter((r) => r.value !== null).map(itemOf) };
};

/** Every version of one entry, newest first, with who made it. */
export const contentHistory = async (
  db: Queryable,
  organisationId: string,
  slot: { kind: string; key: string; language: string },
): Promise<ContentVersion[]> => {
  const rows = await db.query<ContentRow>(
    `SELECT c.seq, c.kind, c.key, c.language, c.value, c.reviewed_by, c.reviewed_at, c.created_at, u.email
     FROM municipal_content c LEFT JOIN users u ON u.id = c.created_by
     WHERE c.organisation_id = $1 AND c.kind = $2 AND c.key = $3 AND c.language = $4 ORDER BY c.seq DESC LIMIT 100`,
    [organisationId, slot.kind, slot.key, slot.language],
  );
  return rows.map((r) => ({ ...itemOf(r), changedBy: r.email ?? null }));
};

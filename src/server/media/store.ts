// SQL of municipality content media: store an upload once, list the newest per slot, read bytes, remove.
import type { ContentMediaItem, ContentMediaKind } from '../../protocol/contentMedia';
import { asBytes, type Queryable } from '../persistence/db';

export interface NewContentMedia {
  id: string;
  organisationId: string;
  kind: ContentMediaKind;
  key: string;
  language: string;
  mime: string;
  bytes: Uint8Array;
  createdBy: string;
}

interface ItemRow {
  [column: string]: unknown;
  id: string;
  organisation_id: string;
  kind: ContentMediaKind;
  key: string;
  language: string;
  mime: string;
  size: number;
  created_at: string | Date;
  deleted_at: string | Date | null;
}

const COLUMNS = 'id, organisation_id, kind, key, language, mime, size, created_at, deleted_at';

const toItem = (r: ItemRow): ContentMediaItem => ({
  id: r.id,
  kind: r.kind,
  key: r.key,
  language: r.language,
  mime: r.mime,
  size: Number(r.size),
  createdAt: new Date(r.created_at).toISOString(),
});

export type InsertOutcome =
  | { kind: 'stored'; item: ContentMediaItem }
  /** The same upload arrived before (a retry after a lost answer). */
  | { kind: 'duplicate'; item: ContentMediaItem }
  /** The id is used by other media (another slot or another municipality). */
  | { kind: 'conflict' };

/** Stores an upload; a retry with the same id and slot is answered with the stored item, nothing is written twice. */
export const insertContentMedia = async (
  db: Queryable,
  m: NewContentMedia,
): Promise<InsertOutcome> => {
  const inserted = await db.query<ItemRow>(
    `INSERT INTO content_media (id, organisation_id, kind, key, language, mime, size, bytes, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      m.id,
      m.organisationId,
      m.kind,
      m.key,
      m.language,
      m.mime,
      m.bytes.byteLength,
      m.bytes,
      m.createdBy,
    ],
  );
  if (inserted[0]) return { kind: 'stored', item: toItem(inserted[0]) };
  const existing = await findContentMedia(db, m.id);
  const same =
    existing &&
    existing.organisation_id === m.organisationId &&
    existing.kind === m.kind &&
    existing.key === m.key &&
    existing.language === m.language &&
    existing.deleted_at === null;
  return same ? { kind: 'duplicate', item: toItem(existing) } : { kind: 'conflict' };
};

export const findContentMedia = async (db: Queryable, id: string): Promise<ItemRow | undefined> =>
  (await db.query<ItemRow>(`SELECT ${COLUMNS} FROM content_media WHERE id = $1`, [id]))[0];

/** The newest, not removed media of each (kind, key, language) of one municipality. */
export const listContentMedia = async (
  db: Queryable,
  organisationId: string,
): Promise<ContentMediaItem[]> => {
  const rows = await db.query<ItemRow>(
    `SELECT DISTINCT ON (kind, key, language) ${COLUMNS}
       FROM content_media
      WHERE organisation_id = $1 AND deleted_at IS NULL
      ORDER BY kind, key, language, created_at DESC, id DESC`,
    [organisationId],
  );
  return rows.map(toItem).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
};

export const readContentMediaBytes = async (
  db: Queryable,
  id: string,
  organisationId: string,
): Promise<{ mime: string; bytes: Uint8Array } | undefined> => {
  const row = (
    await db.query<{ mime: string; bytes: unknown }>(
      'SELECT mime, bytes FROM content_media WHERE id = $1 AND organisation_id = $2 AND deleted_at IS NULL',
      [id, organisationId],
    )
  )[0];
  return row ? { mime: row.mime, bytes: asBytes(row.bytes) } : undefined;
};

/**
 * Removes a prompt or photo: it and every older media of its slot are hidden, so the previous
 * recording does not come back. A newer upload of the same slot stays.
 */
export const removeContentMedia = async (
  db: Queryable,
  id: string,
  organisationId: string,
): Promise<number> => {
  const rows = await db.query(
    `UPDATE content_media AS m SET deleted_at = now()
       FROM content_media AS target
      WHERE target.id = $1 AND target.organisation_id = $2
        AND m.organisation_id = target.organisation_id AND m.kind = target.kind
        AND m.key = target.key AND m.language = target.language
        AND m.created_at <= target.created_at AND m.deleted_at IS NULL
      RETURNING m.id`,
    [id, organisationId],
  );
  return rows.length;
};

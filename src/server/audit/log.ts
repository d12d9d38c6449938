// Reading the audit log for the privacy officer: entries of one municipality, newest first, keyset-paginated.
import type { AuditEntryView, AuditPage } from '../../protocol/api';
import type { Queryable } from '../persistence/db';

export interface AuditFilter {
  organisationId: string;
  /** Only entries about this document (`case/<uuid>`). */
  target?: string;
  /**
   * With `target`: the case is (or was) one of this municipality's, so entries about it written for other
   * municipalities (a refused attempt from elsewhere) are included too, without their user's e-mail.
   */
  includeForeignAttempts?: boolean;
  action?: string;
  /** Entries with a lower id than this one. */
  before?: number;
  limit: number;
}

const iso = (v: unknown): string => new Date(v as string | Date).toISOString();
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export const listAuditEntries = async (db: Queryable, f: AuditFilter): Promise<AuditPage> => {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT a.id, a.at, a.action, a.outcome, a.user_id, u.email, a.device_id, a.target, a.reason, a.ip
     FROM audit_log a
     LEFT JOIN users u ON u.id = a.user_id AND u.organisation_id = $1
     WHERE ($2::text IS NULL OR a.target = $2)
       AND (a.organisation_id = $1 OR ($3::boolean AND $2::text IS NOT NULL))
       AND ($4::text IS NULL OR a.action = $4)
       AND ($5::bigint IS NULL OR a.id < $5::bigint)
     ORDER BY a.id DESC
     LIMIT $6`,
    [
      f.organisationId,
      f.target ?? null,
      f.includeForeignAttempts ?? false,
      f.action ?? null,
      f.before ?? null,
      f.limit + 1,
    ],
  );
  const entries: AuditEntryView[] = rows.slice(0, f.limit).map((r) => ({
    id: Number(r.id),
    at: iso(r.at),
    action: String(r.action),
    outcome: r.outcome === 'ok' ? 'ok' : 'refused',
    userId: text(r.user_id),
    userEmail: text(r.email),
    deviceId: text(r.device_id),
    target: text(r.target),
    reason: text(r.reason),
    ip: text(r.ip),
  }));
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > f.limit && last ? last.id : null };
};

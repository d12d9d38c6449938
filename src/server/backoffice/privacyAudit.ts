// The audit view of the privacy part: the server's entries and the tablets' own of one municipality, newest first
// by time, on pages that follow each other without gaps (a cursor of time, source and id).
import type { AuditSource, PrivacyAuditEntry, PrivacyAuditPage } from '../../protocol/privacy';
import type { Queryable } from '../persistence/db';

export interface PrivacyAuditFilter {
  organisationId: string;
  caseId?: string;
  /** With caseId, for a case of this municipality: attempts written for others are shown too, without who. */
  includeForeignAttempts?: boolean;
  /** Part of the e-mail address of the municipality's user. */
  user?: string;
  action?: string;
  source?: AuditSource;
  /** The `next` of the previous page. */
  before?: string;
  limit: number;
}

const iso = (v: unknown): string => new Date(v as string | Date).toISOString();
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The pattern of ILIKE that finds the text anywhere, with its own % and _ taken literally. */
const containing = (value: string): string => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const parseCursor = (cursor: string | undefined): [string | null, number | null, string | null] => {
  if (!cursor) return [null, null, null];
  const [at, rank, id] = cursor.split('|');
  return [at ?? null, Number(rank), id ?? null];
};

const SQL = `
WITH picked AS (
  (SELECT 0 AS rank, a.id, a.at, a.action, a.outcome,
          CASE WHEN a.target LIKE 'case/%' THEN substr(a.target, 6) END AS case_id,
          CASE WHEN a.target LIKE 'case/%' THEN NULL ELSE a.target END AS target,
          (a.organisation_id IS NOT DISTINCT FROM $1::uuid) AS own,
          a.user_id, a.device_id, a.reason, a.ip, NULL::timestamptz AS received_at
   FROM audit_log a
   WHERE $6::text IS DISTINCT FROM 'tablet'
     AND (a.organisation_id = $1::uuid OR ($3::boolean AND a.target = 'case/' || $2::text))
     AND ($2::text IS NULL OR a.target = 'case/' || $2::text)
     AND ($4::text IS NULL OR a.user_id IN (SELECT id FROM users WHERE organisation_id = $1::uuid AND email ILIKE $4::text ESCAPE '\\'))
     AND ($5::text IS NULL OR a.action = $5::text)
     AND ($7::timestamptz IS NULL OR (a.at, 0, a.id) < ($7::timestamptz, $8::int, $9::bigint))
   ORDER BY a.at DESC, a.id DESC
   LIMIT $10)
  UNION ALL
  (SELECT 1 AS rank, d.id, LEAST(d.at, d.received_at) AS at, d.action, 'ok' AS outcome,
          d.case_id, NULL AS target, true AS own,
          d.user_id, d.device_id, d.detail AS reason, NULL AS ip, d.received_at
   FROM device_audit d
   WHERE $6::text IS DISTINCT FROM 'server'
     AND d.organisation_id = $1::uuid
     AND ($2::text IS NULL OR d.case_id = $2::text)
     AND ($4::text IS NULL OR d.user_id IN (SELECT id FROM users WHERE organisation_id = $1::uuid AND email ILIKE $4::text ESCAPE '\\'))
     AND ($5::text IS NULL OR d.action = $5::text)
     AND ($7::timestamptz IS NULL OR (LEAST(d.at, d.received_at), 1, d.id) < ($7::timestamptz, $8::int, $9::bigint))
   ORDER BY LEAST(d.at, d.received_at) DESC, d.id DESC
   LIMIT $10)
)
SELECT p.rank, p.id, p.at, to_char(p.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key,
       p.action, p.outcome, p.case_id, p.target, p.own,
       CASE WHEN p.own THEN p.user_id END AS user_id, CASE WHEN p.own THEN p.device_id END AS device_id,
       p.reason, CASE WHEN p.own THEN p.ip END AS ip, p.received_at,
       u.email, dv.name AS device_name, cp.display_name
FROM picked p
LEFT JOIN users u ON p.own AND u.id = p.user_id AND u.organisation_id = $1::uuid
LEFT JOIN devices dv ON p.own AND dv.id = p.device_id AND dv.user_id IN (SELECT id FROM users WHERE organisation_id = $1::uuid)
LEFT JOIN case_projection cp ON p.case_id IS NOT NULL AND cp.name = 'case/' || p.case_id AND cp.organisation_id = $1::uuid
ORDER BY p.at DESC, p.rank DESC, p.id DESC
LIMIT $10`;

const entryOf = (r: Record<string, unknown>): PrivacyAuditEntry => {
  const source: AuditSource = Number(r.rank) === 1 ? 'tablet' : 'server';
  return {
    key: `${source}:${String(r.id)}`,
    source,
    at: iso(r.at),
    action: String(r.action),
    outcome: r.outcome === 'ok' ? 'ok' : 'refused',
    caseId: text(r.case_id),
    caseName: text(r.display_name),
    target: text(r.target),
    userEmail: text(r.email),
    deviceId: text(r.device_id),
    deviceName: text(r.device_name),
    reason: text(r.reason),
    ip: text(r.ip),
    foreign: r.own !== true,
    receivedAt: r.received_at === null || r.received_at === undefined ? null : iso(r.received_at),
  };
};

export const listPrivacyAudit = async (
  db: Queryable,
  f: PrivacyAuditFilter,
): Promise<PrivacyAuditPage> => {
  const [beforeAt, beforeRank, beforeId] = parseCursor(f.before);
  const rows = await db.query<Record<string, unknown>>(SQL, [
    f.organisationId,
    f.caseId ?? null,
    f.includeForeignAttempts ?? false,
    f.user === undefined ? null : containing(f.user),
    f.action ?? null,
    f.source ?? null,
    beforeAt,
    beforeRank,
    beforeId,
    f.limit + 1,
  ]);
  const shown = rows.slice(0, f.limit);
  const last = shown[shown.length - 1];
  return {
    entries: shown.map(entryOf),
    next:
      rows.length > f.limit && last
        ? `${String(last.at_key)}|${Number(last.rank)}|${String(last.id)}`
        : null,
  };
};

// The caseload of a municipality from the projection rows (never a document): filters by consultant, route,
// language, PIP status and deadline; overdue first, then the nearest deadline that matters now.
import type { CaseloadQuery, CaseloadRow } from '../../protocol/backoffice';
import { PIP_TERMS } from '../../content/pip/terms';
import { parseDocumentName } from '../../protocol/documentName';
import type { Queryable } from '../persistence/db';

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string).toISOString();

/** Until the PIP is vastgesteld its deadline matters; afterwards the end of the inburgeringstermijn. */
const NEXT_DEADLINE = `CASE WHEN p.pip_vastgesteld_at IS NULL THEN p.pip_deadline::timestamptz ELSE p.termijn_end END`;

export const queryCaseload = async (
  db: Queryable,
  organisationId: string,
  q: CaseloadQuery,
  now: Date,
): Promise<CaseloadRow[]> => {
  const soon = new Date(now.getTime() + PIP_TERMS.warnDaysAhead.value * DAY_MS);
  const where = [
    `d.organisation_id = $1`,
    `d.name LIKE 'case/%'`,
    `NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.name = d.name)`,
  ];
  const params: unknown[] = [organisationId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (q.consultant) where.push(`d.assigned_user_id = ${param(q.consultant)}`);
  if (q.route === 'none') where.push('p.leerroute IS NULL');
  else if (q.route) where.push(`p.leerroute = ${param(q.route)}`);
  if (q.language)
    where.push(`(p.language = ${param(q.language)} OR ${param(q.language)} = ANY(p.languages))`);
  if (q.status === 'pip-open') where.push('p.pip_vastgesteld_at IS NULL');
  if (q.status === 'pip-vastgesteld') where.push('p.pip_vastgesteld_at IS NOT NULL');
  if (q.deadline === 'overdue') where.push(`${NEXT_DEADLINE} < ${param(now.toISOString())}`);
  if (q.deadline === 'soon') where.push(`${NEXT_DEADLINE} < ${param(soon.toISOString())}`);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT d.name, d.assigned_user_id, u.email, p.display_name, p.language, p.languages, p.leerroute,
            p.registration_date::text AS registration_date, p.pip_deadline, p.pip_vastgesteld_at, p.termijn_end,
            p.pip_version_count, ${NEXT_DEADLINE} AS next_deadline, GREATEST(d.updated_at, p.updated_at) AS updated_at
     FROM documents d
     LEFT JOIN case_projection p ON p.name = d.name
     LEFT JOIN users u ON u.id = d.assigned_user_id
     WHERE ${where.join(' AND ')}
     ORDER BY (${NEXT_DEADLINE} < $${params.length + 1}) DESC NULLS LAST, ${NEXT_DEADLINE} ASC NULLS LAST, d.name`,
    [...params, now.toISOString()],
  );
  return rows.map((r) => {
    const ref = parseDocumentName(String(r.name));
    const next = iso(r.next_deadline);
    const left = next ? Date.parse(next) - now.getTime() : undefined;
    return {
      caseId: ref?.kind === 'case' ? ref.caseId : String(r.name),
      name: (r.display_name as string | null) ?? null,
      language: (r.language as string | null) ?? null,
      languages: (r.languages as string[] | null) ?? [],
      consultantId: (r.assigned_user_id as string | null) ?? null,
      consultantEmail: (r.email as string | null) ?? null,
      leerroute: (r.leerroute as string | null) ?? null,
      registrationDate: (r.registration_date as string | null) ?? null,
      pipDeadline: iso(r.pip_deadline),
      pipVastgesteldAt: iso(r.pip_vastgesteld_at),
      termijnEnd: iso(r.termijn_end),
      pipVersionCount: Number(r.pip_version_count ?? 0),
      nextDeadline: next,
      urgency:
        left === undefined
          ? 'unknown'
          : left < 0
            ? 'overdue'
            : left < PIP_TERMS.warnDaysAhead.value * DAY_MS
              ? 'soon'
              : 'calm',
      updatedAt: iso(r.updated_at) ?? '',
    };
  });
};

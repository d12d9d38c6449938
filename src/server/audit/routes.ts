// GET /api/audit: the audit log of the user's municipality for the privacy officer (teamleider, beheerder).
import type { FastifyInstance } from 'fastify';
import { auditQuerySchema, type AuditPage } from '../../protocol/api';
import { caseDocumentName, caseIdSchema } from '../../protocol/documentName';
import type { Role } from '../../protocol/roles';
import { principalOf } from '../auth/requestAuth';
import { tombstoneOf } from '../avg/tombstones';
import type { Queryable } from '../persistence/db';
import { documentOwner } from '../persistence/documentOwners';
import { listAuditEntries } from './log';

/** Who may read the audit log: the roles accountable for the team and for the accounts, not the consultant. */
export const canReadAuditLog = (role: Role): boolean =>
  role === 'teamleider' || role === 'beheerder';

/**
 * Entries written for other municipalities (or for nobody known: a forged token) keep when, what and why,
 * but not who, from which device or address: those belong to the other municipality, whose own log shows
 * them. Which entries are the own municipality's is read from the log itself, not guessed from the page.
 */
const withoutForeignIdentities = async (
  db: Queryable,
  organisationId: string,
  page: AuditPage,
): Promise<AuditPage> => {
  const ids = page.entries.map((e) => e.id);
  if (ids.length === 0) return page;
  const own = new Set(
    (
      await db.query<{ id: unknown }>(
        'SELECT id FROM audit_log WHERE id = ANY($1::bigint[]) AND organisation_id = $2',
        [ids, organisationId],
      )
    ).map((r) => Number(r.id)),
  );
  return {
    ...page,
    entries: page.entries.map((e) =>
      own.has(e.id) ? e : { ...e, userId: null, userEmail: null, deviceId: null, ip: null },
    ),
  };
};

/** The municipality of a case: its tombstone's once deleted (final), else the one that claimed it. */
const caseOrganisation = async (db: Queryable, name: string): Promise<string | undefined> =>
  (await tombstoneOf(db, name))?.organisationId ?? (await documentOwner(db, name));

export const registerAuditRoutes = (app: FastifyInstance, { db }: { db: Queryable }): void => {
  app.get('/api/audit', { preHandler: app.signedIn }, async (request, reply) => {
    const p = principalOf(request);
    if (!canReadAuditLog(p.role)) {
      await request.audit({ action: 'audit-read', outcome: 'refused', reason: `role-${p.role}` });
      return reply.code(403).send({ error: 'forbidden' });
    }
    const query = auditQuerySchema.safeParse(request.query);
    const caseId = query.success ? query.data.caseId : undefined;
    if (!query.success || (caseId !== undefined && !caseIdSchema.safeParse(caseId).success)) {
      return reply.code(400).send({ error: 'invalid-request' });
    }
    const target = caseId === undefined ? undefined : caseDocumentName(caseId);
    // Attempts from other municipalities on one of ours are shown for that case only, without their identities.
    const ours = target !== undefined && (await caseOrganisation(db, target)) === p.organisationId;
    const listed = await listAuditEntries(db, {
      organisationId: p.organisationId,
      target,
      includeForeignAttempts: ours,
      action: query.data.action,
      before: query.data.before,
      limit: query.data.limit,
    });
    const page = ours ? await withoutForeignIdentities(db, p.organisationId, listed) : listed;
    await request.audit({ action: 'audit-read', outcome: 'ok', target });
    return reply.header('Cache-Control', 'no-store').send(page);
  });
};

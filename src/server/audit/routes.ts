// GET /api/audit: the audit log of the user's municipality for the privacy officer (teamleider, beheerder).
import type { FastifyInstance } from 'fastify';
import { auditQuerySchema } from '../../protocol/api';
import { caseDocumentName, caseIdSchema } from '../../protocol/documentName';
import type { Role } from '../../protocol/roles';
import type { Audit } from '../audit';
import { requirePrincipal } from '../auth/routes';
import type { AuthService } from '../auth/service';
import { tombstoneOf } from '../avg/tombstones';
import type { Queryable } from '../persistence/db';
import { documentOwner } from '../persistence/documentOwners';
import { listAuditEntries } from './log';

/** Who may read the audit log: the roles accountable for the team and for the accounts, not the consultant. */
export const canReadAuditLog = (role: Role): boolean =>
  role === 'teamleider' || role === 'beheerder';

export const registerAuditRoutes = (
  app: FastifyInstance,
  { db, auth, audit }: { db: Queryable; auth: AuthService; audit: Audit },
): void => {
  app.get('/api/audit', async (request, reply) => {
    const p = await requirePrincipal(auth, request, reply);
    if (!p) return reply;
    const who = {
      organisationId: p.organisationId,
      userId: p.userId,
      deviceId: p.deviceId,
      ip: request.ip,
    };
    if (!canReadAuditLog(p.role)) {
      await audit({ action: 'audit-read', outcome: 'refused', reason: `role-${p.role}`, ...who });
      return reply.code(403).send({ error: 'forbidden' });
    }
    const query = auditQuerySchema.safeParse(request.query);
    const caseId = query.success ? query.data.caseId : undefined;
    if (!query.success || (caseId !== undefined && !caseIdSchema.safeParse(caseId).success)) {
      return reply.code(400).send({ error: 'invalid-request' });
    }
    const target = caseId === undefined ? undefined : caseDocumentName(caseId);
    // Attempts from other municipalities on one of ours are shown for that case only.
    const ours =
      target !== undefined &&
      ((await documentOwner(db, target)) === p.organisationId ||
        (await tombstoneOf(db, target))?.organisationId === p.organisationId);
    const page = await listAuditEntries(db, {
      organisationId: p.organisationId,
      target,
      includeForeignAttempts: ours,
      action: query.data.action,
      before: query.data.before,
      limit: query.data.limit,
    });
    await audit({ action: 'audit-read', outcome: 'ok', target, ...who });
    return reply.header('Cache-Control', 'no-store').send(page);
  });
};

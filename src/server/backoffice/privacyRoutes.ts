// The back office's privacy part (AVG, teamleider): the audit view with the tablets' own entries beside the
// server's (GET /api/backoffice/audit), and the door through which every tablet sends its entries. Inzage and
// deletion use the AVG routes (src/server/avg/routes.ts), which audit each call themselves.
import type { FastifyInstance } from 'fastify';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import { caseDocumentName } from '../../protocol/documentName';
import { privacyAuditQuerySchema } from '../../protocol/privacy';
import { registerDeviceAuditRoutes } from '../audit/deviceAuditRoutes';
import { tombstoneOf } from '../avg/tombstones';
import type { Queryable } from '../persistence/db';
import { documentOwner } from '../persistence/documentOwners';
import { principalOf } from '../auth/requestAuth';
import { backofficeDoor } from './guard';
import { listPrivacyAudit } from './privacyAudit';
import type { BackofficeRouteDeps } from './routes';

/** The municipality of a case: its tombstone's once deleted (final), else the one that claimed it. */
const caseOrganisation = async (db: Queryable, name: string): Promise<string | undefined> =>
  (await tombstoneOf(db, name))?.organisationId ?? (await documentOwner(db, name));

export const registerPrivacyRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db } = deps;
  registerDeviceAuditRoutes(app, deps);

  app.get(
    '/api/backoffice/audit',
    backofficeDoor(app, 'backoffice-audit', SECTION_ROLES.privacy),
    async (request, reply) => {
      const p = principalOf(request);
      const query = privacyAuditQuerySchema.safeParse(request.query);
      if (!query.success) return reply.code(400).send({ error: 'invalid-request' });
      const { caseId, user, action, source, before, limit } = query.data;
      const target = caseId === undefined ? undefined : caseDocumentName(caseId);
      // Attempts from other municipalities on one of ours are shown for that case only, without who made them.
      const ours =
        target !== undefined && (await caseOrganisation(db, target)) === p.organisationId;
      const page = await listPrivacyAudit(db, {
        organisationId: p.organisationId,
        caseId,
        includeForeignAttempts: ours,
        user,
        action,
        source,
        before,
        limit,
      });
      // Reading is audited once per look (its first page), not again for every older page of it.
      if (before === undefined)
        await request.audit({ action: 'audit-read', outcome: 'ok', target, reason: 'backoffice' });
      return reply.header('Cache-Control', 'no-store').send(page);
    },
  );
};

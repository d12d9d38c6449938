// The back office's API for the team behind the consultants: the caseload of the municipality (teamleider).
// A consultant or beheerder is refused and the refusal audited; one municipality never sees another's cases.
import type { FastifyInstance } from 'fastify';
import { caseloadQuerySchema } from '../../protocol/backoffice';
import type { Role } from '../../protocol/roles';
import type { Audit } from '../audit';
import { requirePrincipal } from '../auth/routes';
import type { AuthService } from '../auth/service';
import type { Queryable } from '../persistence/db';
import { queryCaseload } from './caseload';

/** Who reads the caseload: the teamleider (a beheerder manages accounts, not dossiers). */
export const canReadCaseload = (role: Role): boolean => role === 'teamleider';

export const registerBackofficeRoutes = (app: FastifyInstance, { db, auth, audit }: { db: Queryable; auth: AuthService; audit: Audit }): void => {
  app.get('/api/backoffice/caseload', async (request, reply) => {
    const p = await requirePrincipal(auth, request, reply);
    if (!p) return reply;
    if (!canReadCaseload(p.role)) {
      await audit({
        action: 'backoffice-caseload',
        outcome: 'refused',
        reason: `role-${p.role}`,
        organisationId: p.organisationId,
        userId: p.userId,
        deviceId: p.deviceId,
        ip: request.ip,
      });
      return reply.code(403).send({ error: 'forbidden' });
    }
    const query = caseloadQuerySchema.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'invalid-request' });
    return queryCaseload(db, p.organisationId, query.data, new Date());
  });
};

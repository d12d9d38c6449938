// The back office's API for the team behind the consultants: the caseload of the municipality (teamleider), as
// JSON for the screen and as CSV for a spreadsheet.
// A consultant or beheerder is refused and the refusal audited; one municipality never sees another's cases.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseloadQuerySchema } from '../../protocol/backoffice';
import type { Role } from '../../protocol/roles';
import type { Audit } from '../audit';
import { requirePrincipal } from '../auth/routes';
import type { AuthService } from '../auth/service';
import type { Queryable } from '../persistence/db';
import { queryCaseload } from './caseload';
import { toCsv } from './csv';

/** Who reads the caseload: the teamleider (a beheerder manages accounts, not dossiers). */
export const canReadCaseload = (role: Role): boolean => role === 'teamleider';

export const registerBackofficeRoutes = (app: FastifyInstance, { db, auth, audit }: { db: Queryable; auth: AuthService; audit: Audit }): void => {
  /** The caseload as JSON (`/caseload`) or as CSV for a spreadsheet (`/caseload.csv`), with the same filters. */
  const caseload = (format: 'json' | 'csv') => async (request: FastifyRequest, reply: FastifyReply) => {
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
    const rows = await queryCaseload(db, p.organisationId, query.data, new Date());
    if (format === 'json') return rows;
    await audit({ action: 'backoffice-export', outcome: 'ok', reason: 'caseload-csv', organisationId: p.organisationId, userId: p.userId, deviceId: p.deviceId, ip: request.ip });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="caseload.csv"')
      .send(toCsv(CASELOAD_COLUMNS, rows as unknown as Record<string, unknown>[]));
  };
  app.get('/api/backoffice/caseload', caseload('json'));
  app.get('/api/backoffice/caseload.csv', caseload('csv'));
};

const CASELOAD_COLUMNS = [
  'caseId',
  'name',
  'language',
  'languages',
  'consultantEmail',
  'leerroute',
  'registrationDate',
  'pipDeadline',
  'pipVastgesteldAt',
  'termijnEnd',
  'pipVersionCount',
  'nextDeadline',
  'urgency',
  'updatedAt',
] as const;

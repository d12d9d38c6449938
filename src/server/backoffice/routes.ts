// The back office's API for the team behind the consultants, registered in one place: the caseload (here), and
// the figures, translations and content, people and devices, and AVG requests (each in its own file).
// Every handler passes backofficePrincipal first: other roles are refused and audited; one municipality never
// sees another's data.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseloadQuerySchema } from '../../protocol/backoffice';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import type { Role } from '../../protocol/roles';
import type { Audit } from '../audit';
import type { AuthService } from '../auth/service';
import type { Database } from '../persistence/db';
import { queryCaseload } from './caseload';
import { toCsv } from './csv';
import { backofficePrincipal, whoOf } from './guard';
import { registerContentRoutes } from './contentRoutes';
import { registerFigureRoutes } from './figuresRoutes';
import { registerPeopleRoutes } from './peopleRoutes';
import { registerPrivacyRoutes } from './privacyRoutes';

/** Who reads the caseload: the teamleider (a beheerder manages accounts, not dossiers). */
export const CASELOAD_ROLES: readonly Role[] = SECTION_ROLES.caseload;
export const canReadCaseload = (role: Role): boolean => CASELOAD_ROLES.includes(role);

export interface BackofficeRouteDeps {
  db: Database;
  auth: AuthService;
  audit: Audit;
  /** The municipality's content (texts, figures, partners) changed: tell its tablets that are online. */
  onContentChanged?: (organisationId: string) => void;
  /** A tablet was revoked from the back office: close its sockets at once. */
  onDeviceRevoked?: (deviceId: string, mode: 'lost' | 'retire') => void;
}

export const registerBackofficeRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db, audit } = deps;
  /** The caseload as JSON (`/caseload`) or as CSV for a spreadsheet (`/caseload.csv`), with the same filters. */
  const caseload = (format: 'json' | 'csv') => async (request: FastifyRequest, reply: FastifyReply) => {
    const p = await backofficePrincipal(deps, request, reply, 'backoffice-caseload', CASELOAD_ROLES);
    if (!p) return reply;
    const query = caseloadQuerySchema.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'invalid-request' });
    const rows = await queryCaseload(db, p.organisationId, query.data, new Date());
    if (format === 'json') return rows;
    await audit({ action: 'backoffice-export', outcome: 'ok', reason: 'caseload-csv', ...whoOf(p, request) });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="caseload.csv"')
      .send(toCsv(CASELOAD_COLUMNS, rows as unknown as Record<string, unknown>[]));
  };
  app.get('/api/backoffice/caseload', caseload('json'));
  app.get('/api/backoffice/caseload.csv', caseload('csv'));
  /** The consultants a case can be handed to (active ones of the own municipality), for the caseload's reassign. */
  app.get('/api/backoffice/consultants', async (request, reply) => {
    const p = await backofficePrincipal(deps, request, reply, 'backoffice-consultants', CASELOAD_ROLES);
    if (!p) return reply;
    return db.query<{ id: string; email: string }>(
      "SELECT id, email FROM users WHERE organisation_id = $1 AND role = 'consultant' AND disabled_at IS NULL ORDER BY email",
      [p.organisationId],
    );
  });
  registerContentRoutes(app, deps);
  registerFigureRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerPrivacyRoutes(app, deps);
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

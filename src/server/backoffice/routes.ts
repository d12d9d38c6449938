// The back office's API for the team behind the consultants, registered in one place: the caseload (here), and
// the figures, translations and content, people and devices, and AVG requests (each in its own file).
// Every route has the back office's door (guard.ts) as its hooks: other roles are refused and audited; one
// municipality never sees another's data.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseloadQuerySchema } from '../../protocol/backoffice';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import type { Role } from '../../protocol/roles';
import { principalOf } from '../auth/requestAuth';
import type { Database } from '../persistence/db';
import { queryCaseload } from './caseload';
import { toCsv } from './csv';
import { backofficeDoor } from './guard';
import { registerContentRoutes } from './contentRoutes';
import { registerFigureRoutes } from './figuresRoutes';
import { registerPeopleRoutes } from './peopleRoutes';
import { registerPrivacyRoutes } from './privacyRoutes';

/** Who reads the caseload: the teamleider (a beheerder manages accounts, not dossiers). */
export const CASELOAD_ROLES: readonly Role[] = SECTION_ROLES.caseload;
export const canReadCaseload = (role: Role): boolean => CASELOAD_ROLES.includes(role);

export interface BackofficeRouteDeps {
  db: Database;
  /** The municipality's content (texts, figures, partners) changed: tell its tablets that are online. */
  onContentChanged?: (organisationId: string) => void;
  /** A tablet was revoked from the back office: close its sockets at once. */
  onDeviceRevoked?: (deviceId: string, mode: 'lost' | 'retire') => void;
}

export const registerBackofficeRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db } = deps;
  /** The caseload as JSON (`/caseload`) or as CSV for a spreadsheet (`/caseload.csv`), with the same filters. */
  const caseload =
    (format: 'json' | 'csv') => async (request: FastifyRequest, reply: FastifyReply) => {
      const p = principalOf(request);
      const query = caseloadQuerySchema.safeParse(request.query);
      if (!query.success) return reply.code(400).send({ error: 'invalid-request' });
      const rows = await queryCaseload(db, p.organisationId, query.data, new Date());
      if (format === 'json') return rows;
      await request.audit({ action: 'backoffice-export', outcome: 'ok', reason: 'caseload-csv' });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="caseload.csv"')
        .send(toCsv(CASELOAD_COLUMNS, rows as unknown as Record<string, unknown>[]));
    };
  app.get(
    '/api/backoffice/caseload',
    backofficeDoor(app, 'backoffice-caseload', CASELOAD_ROLES),
    caseload('json'),
  );
  app.get(
    '/api/backoffice/caseload.csv',
    backofficeDoor(app, 'backoffice-caseload', CASELOAD_ROLES),
    caseload('csv'),
  );
  /** The consultants a case can be handed to (active ones of the own municipality), for the caseload's reassign. */
  app.get(
    '/api/backoffice/consultants',
    backofficeDoor(app, 'backoffice-consultants', CASELOAD_ROLES),
    async (request) => {
      const p = principalOf(request);
      return db.query<{ id: string; email: string }>(
        "SELECT id, email FROM users WHERE organisation_id = $1 AND role = 'consultant' AND disabled_at IS NULL ORDER BY email",
        [p.organisationId],
      );
    },
  );
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

// The figures of the back office over HTTP, for the teamleider only: all at once (`/figures`), one as JSON
// (`/figures/<id>`) or as CSV for a spreadsheet (`/figures/<id>.csv` or `?format=csv`, audited like the caseload's).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import { FIGURE_IDS, type FigureId } from '../../protocol/figures';
import { toCsv } from './csv';
import { FIGURE_CSV_COLUMNS, queryAllFigures, queryFigure } from './figures';
import { backofficePrincipal, whoOf } from './guard';
import type { BackofficeRouteDeps } from './routes';

const ACTION = 'backoffice-figures';

export const registerFigureRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db, audit } = deps;
  app.get('/api/backoffice/figures', async (request, reply) => {
    const p = await backofficePrincipal(deps, request, reply, ACTION, SECTION_ROLES.figures);
    if (!p) return reply;
    return queryAllFigures(db, p.organisationId, new Date());
  });

  const figure = (id: FigureId, asked: 'json' | 'csv') => async (request: FastifyRequest, reply: FastifyReply) => {
    const p = await backofficePrincipal(deps, request, reply, ACTION, SECTION_ROLES.figures);
    if (!p) return reply;
    const format = asked === 'csv' || (request.query as { format?: unknown }).format === 'csv' ? 'csv' : 'json';
    const result = await queryFigure(db, p.organisationId, id, new Date());
    if (format === 'json') return result;
    await audit({ action: 'backoffice-export', outcome: 'ok', reason: `figure-${id}-csv`, ...whoOf(p, request) });
    const columns = FIGURE_CSV_COLUMNS[id] as readonly string[];
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${id}.csv"`)
      .send(toCsv(columns, result.rows as unknown as Record<string, unknown>[]));
  };
  for (const id of FIGURE_IDS) {
    app.get(`/api/backoffice/figures/${id}`, figure(id, 'json'));
    app.get(`/api/backoffice/figures/${id}.csv`, figure(id, 'csv'));
  }
};

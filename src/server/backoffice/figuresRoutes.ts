// The figures of the back office over HTTP, for the teamleider only: all at once (`/figures`), one as JSON
// (`/figures/<id>`) or as CSV for a spreadsheet (`/figures/<id>.csv` or `?format=csv`, audited like the caseload's).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SECTION_ROLES } from '../../protocol/backofficeSections';
import { FIGURE_IDS, type FigureId } from '../../protocol/figures';
import { toCsv } from './csv';
import { FIGURE_CSV_COLUMNS, queryAllFigures, queryFigure } from './figures';
import { principalOf } from '../auth/requestAuth';
import { backofficeDoor } from './guard';
import type { BackofficeRouteDeps } from './routes';

const ACTION = 'backoffice-figures';

export const registerFigureRoutes = (app: FastifyInstance, deps: BackofficeRouteDeps): void => {
  const { db } = deps;
  const door = backofficeDoor(app, ACTION, SECTION_ROLES.figures);
  app.get('/api/backoffice/figures', door, async (request) => {
    const p = principalOf(request);
    return queryAllFigures(db, p.organisationId, new Date());
  });

  const figure =
    (id: FigureId, asked: 'json' | 'csv') =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const p = principalOf(request);
      const format =
        asked === 'csv' || (request.query as { format?: unknown }).format === 'csv'
          ? 'csv'
          : 'json';
      const result = await queryFigure(db, p.organisationId, id, new Date());
      if (format === 'json') return result;
      await request.audit({
        action: 'backoffice-export',
        outcome: 'ok',
        reason: `figure-${id}-csv`,
      });
      const columns = FIGURE_CSV_COLUMNS[id] as readonly string[];
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${id}.csv"`)
        .send(toCsv(columns, result.rows as unknown as Record<string, unknown>[]));
    };
  for (const id of FIGURE_IDS) {
    app.get(`/api/backoffice/figures/${id}`, door, figure(id, 'json'));
    app.get(`/api/backoffice/figures/${id}.csv`, door, figure(id, 'csv'));
  }
};

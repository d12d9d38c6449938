// The back office's figures of a municipality, each from SQL over the projection rows (never a document), and the
// columns of each figure's CSV. `now` fixes "today" for the figures that look ahead, and stamps the answer.
import { FIGURE_IDS, type FigureId, type Figures } from '../../protocol/figures';
import type { Queryable } from '../persistence/db';
import { queryCardsUnderstood, queryNotUnderstood, queryRatings } from './figuresConversations';
import { queryLanguageNeed, queryPipTime, queryRoutes } from './figuresCases';

type FigureQuery<F extends FigureId> = (
  db: Queryable,
  organisationId: string,
  now: Date,
) => Promise<Figures[F]>;

const FIGURE_QUERIES: { [F in FigureId]: FigureQuery<F> } = {
  'pip-time': queryPipTime,
  routes: async (db, org, now) => ({
    figure: 'routes',
    at: now.toISOString(),
    rows: await queryRoutes(db, org),
  }),
  'languages-next-month': async (db, org, now) => ({
    figure: 'languages-next-month',
    at: now.toISOString(),
    rows: await queryLanguageNeed(db, org, now),
  }),
  'cards-understood': async (db, org, now) => ({
    figure: 'cards-understood',
    at: now.toISOString(),
    rows: await queryCardsUnderstood(db, org),
  }),
  'not-understood': async (db, org, now) => ({
    figure: 'not-understood',
    at: now.toISOString(),
    rows: await queryNotUnderstood(db, org),
  }),
  ratings: queryRatings,
};

/** One figure of the municipality. */
export const queryFigure = <F extends FigureId>(
  db: Queryable,
  organisationId: string,
  figure: F,
  now: Date,
): Promise<Figures[F]> => (FIGURE_QUERIES[figure] as FigureQuery<F>)(db, organisationId, now);

/** Every figure of the municipality, by id (one after the other: PGlite runs one statement at a time anyway). */
export const queryAllFigures = async (
  db: Queryable,
  organisationId: string,
  now: Date,
): Promise<Figures> => {
  const all: Partial<Figures> = {};
  for (const id of FIGURE_IDS)
    Object.assign(all, { [id]: await queryFigure(db, organisationId, id, now) });
  return all as Figures;
};

/** The CSV columns of each figure: the fields of its rows, in this order. */
export const FIGURE_CSV_COLUMNS: {
  [F in FigureId]: readonly (keyof Figures[F]['rows'][number] & string)[];
} = {
  'pip-time': ['fromWeek', 'toWeek', 'cases'],
  routes: ['route', 'cases', 'vastgesteld'],
  'languages-next-month': ['language', 'cases', 'overdue'],
  'cards-understood': ['cardId', 'language', 'understood', 'total'],
  'not-understood': ['questionId', 'language', 'count', 'cases'],
  ratings: ['aspect', 'good', 'neutral', 'bad'],
};

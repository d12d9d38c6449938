// Figures from the case rows: the time from the first conversation to the vastgesteld PIP, the leerroutes chosen,
// and the languages open cases need in the next month (for planning tolken).
import { LEERROUTES } from '../../content/pip/leerroutes';
import {
  LANGUAGE_NEED_DAYS,
  PIP_TIME_LAST_WEEK,
  type LanguageNeedRow,
  type PipTimeFigure,
  type RouteRow,
} from '../../protocol/figures';
import type { Queryable } from '../persistence/db';
import { CASES_OF_ORGANISATION, count } from './figuresScope';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Weeks from the first conversation to the vastgesteld PIP in buckets 0–1, 1–2, …, LAST+; and the median in days. */
export const queryPipTime = async (
  db: Queryable,
  organisationId: string,
  now: Date,
): Promise<PipTimeFigure> => {
  const rows = await db.query<{ weeks: number; cases: unknown; median: unknown }>(
    `WITH spans AS (
       SELECT GREATEST(0, EXTRACT(EPOCH FROM (p.pip_vastgesteld_at - p.first_conversation_at)) / 86400)::float8 AS days
       ${CASES_OF_ORGANISATION} AND p.pip_vastgesteld_at IS NOT NULL AND p.first_conversation_at IS NOT NULL)
     SELECT LEAST(FLOOR(days / 7), $2)::int AS weeks, COUNT(*) AS cases,
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM spans) AS median
     FROM spans GROUP BY 1 ORDER BY 1`,
    [organisationId, PIP_TIME_LAST_WEEK],
  );
  const byWeek = new Map(rows.map((r) => [Number(r.weeks), count(r.cases)]));
  const median = rows[0]?.median;
  return {
    figure: 'pip-time',
    at: now.toISOString(),
    rows: Array.from({ length: PIP_TIME_LAST_WEEK + 1 }, (_, week) => ({
      fromWeek: week,
      toWeek: week === PIP_TIME_LAST_WEEK ? null : week + 1,
      cases: byWeek.get(week) ?? 0,
    })),
    medianDays:
      median === undefined || median === null ? null : Math.round(Number(median) * 10) / 10,
    cases: rows.reduce((sum, r) => sum + count(r.cases), 0),
  };
};

/** Cases per leerroute in the law's order, "none" last; a route the app does not know (yet) after them. */
export const queryRoutes = async (db: Queryable, organisationId: string): Promise<RouteRow[]> => {
  const rows = await db.query<{ route: string; cases: unknown; vastgesteld: unknown }>(
    `SELECT COALESCE(p.leerroute, 'none') AS route, COUNT(*) AS cases, COUNT(p.pip_vastgesteld_at) AS vastgesteld
     ${CASES_OF_ORGANISATION} GROUP BY 1 ORDER BY 1`,
    [organisationId],
  );
  const known: string[] = [...LEERROUTES, 'none'];
  const found = new Map(
    rows.map((r) => [
      r.route,
      { route: r.route, cases: count(r.cases), vastgesteld: count(r.vastgesteld) },
    ]),
  );
  return [...known, ...[...found.keys()].filter((route) => !known.includes(route))].map(
    (route) => found.get(route) ?? { route, cases: 0, vastgesteld: 0 },
  );
};

/**
 * Per language other than Dutch (his own, or a tolk's in any conversation): the open cases (PIP not vastgesteld)
 * whose PIP deadline falls before now + LANGUAGE_NEED_DAYS, overdue ones included: their conversations come first.
 */
export const queryLanguageNeed = async (
  db: Queryable,
  organisationId: string,
  now: Date,
): Promise<LanguageNeedRow[]> => {
  const horizon = new Date(now.getTime() + LANGUAGE_NEED_DAYS * DAY_MS);
  const rows = await db.query<{ language: string; cases: unknown; overdue: unknown }>(
    `SELECT l.language, COUNT(DISTINCT p.name) AS cases,
            COUNT(DISTINCT p.name) FILTER (WHERE p.pip_deadline::timestamptz < $2) AS overdue
     FROM (SELECT p.name, p.pip_deadline, array_append(p.languages, p.language) AS needed
           ${CASES_OF_ORGANISATION} AND p.pip_vastgesteld_at IS NULL AND p.pip_deadline IS NOT NULL
             AND p.pip_deadline::timestamptz < $3) p
     CROSS JOIN LATERAL unnest(p.needed) AS l(language)
     WHERE l.language <> 'nl'
     GROUP BY l.language ORDER BY 2 DESC, 1`,
    [organisationId, now.toISOString(), horizon.toISOString()],
  );
  return rows.map((r) => ({
    language: r.language,
    cases: count(r.cases),
    overdue: count(r.overdue),
  }));
};

// The back office's figures (issue 14): their ids and what each returns as JSON; its rows are also the lines of
// its CSV. Plain types, no zod: the server builds them from SQL and the figures screen only reads them.

export const FIGURE_IDS = [
  'pip-time',
  'routes',
  'languages-next-month',
  'cards-understood',
  'not-understood',
  'ratings',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const isFigureId = (value: string): value is FigureId =>
  (FIGURE_IDS as readonly string[]).includes(value);

/** Whole weeks from the first conversation to the vastgesteld PIP are counted up to this bucket; it holds the rest. */
export const PIP_TIME_LAST_WEEK = 20;
/** "Languages needed next month" looks this many days ahead of today. */
export const LANGUAGE_NEED_DAYS = 30;
/** The chart of "I don't understand" shows the worst ones; CSV and JSON hold all of them. */
export const NOT_UNDERSTOOD_CHART_TOP = 20;

/** Cases whose PIP was vastgesteld between fromWeek and toWeek whole weeks after the first conversation. */
export interface PipTimeRow {
  fromWeek: number;
  /** Exclusive; null for the last bucket (fromWeek weeks or longer). */
  toWeek: number | null;
  cases: number;
}

/** Cases per leerroute ("none" until one is chosen), and how many of them have a vastgesteld PIP. */
export interface RouteRow {
  route: string;
  cases: number;
  vastgesteld: number;
}

/** Open cases needing this language (his, or a tolk's) whose PIP deadline comes within LANGUAGE_NEED_DAYS. */
export interface LanguageNeedRow {
  language: string;
  cases: number;
  /** Of those, cases whose PIP deadline has passed already. */
  overdue: number;
}

/** Teach-backs of an explanation card in a language: how many were understood, of all given. */
export interface CardUnderstoodRow {
  cardId: string;
  language: string;
  understood: number;
  total: number;
}

/** "I don't understand" given to a question in a language: how often, and in how many cases. */
export interface NotUnderstoodRow {
  questionId: string;
  language: string;
  count: number;
  cases: number;
}

export const RATING_ASPECTS = ['clear', 'respectful', 'length'] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];
export const RATING_FACES = ['good', 'neutral', 'bad'] as const;
export type RatingFace = (typeof RATING_FACES)[number];

/** The end-screen faces of one aspect over all rated conversations. */
export type RatingRow = { aspect: RatingAspect } & Record<RatingFace, number>;

interface FigureOf<F extends FigureId, R> {
  figure: F;
  /** When the figure was computed (ISO). */
  at: string;
  rows: R[];
}

export interface PipTimeFigure extends FigureOf<'pip-time', PipTimeRow> {
  /** Median days from the first conversation to the vastgesteld PIP; null when no PIP is vastgesteld yet. */
  medianDays: number | null;
  cases: number;
}

export interface RatingsFigure extends FigureOf<'ratings', RatingRow> {
  /** Conversations with at least one face given. */
  conversations: number;
}

export interface Figures {
  'pip-time': PipTimeFigure;
  routes: FigureOf<'routes', RouteRow>;
  'languages-next-month': FigureOf<'languages-next-month', LanguageNeedRow>;
  'cards-understood': FigureOf<'cards-understood', CardUnderstoodRow>;
  'not-understood': FigureOf<'not-understood', NotUnderstoodRow>;
  ratings: RatingsFigure;
}

export type Figure = Figures[FigureId];

// Pure shaping of the figures' rows into bar-chart data (labels, series, tones) and short summaries for the
// charts' accessible names. No React, no Chart.js: the chart components only pass these on.
import type {
  CardUnderstoodRow,
  LanguageNeedRow,
  NotUnderstoodRow,
  PipTimeRow,
  RatingFace,
  RatingRow,
  RouteRow,
} from '../../../protocol/figures';
import { RATING_FACES } from '../../../protocol/figures';

/** Colours of the app's palette a bar can take (chartSetup.ts turns them into CSS colours). */
export type Tone = 'primary' | 'soft' | 'amber' | 'red' | 'neutral';

export interface ChartSeries {
  label: string;
  values: number[];
  /** One tone for the series, or one per bar. */
  tone: Tone | Tone[];
}

export interface BarData {
  labels: string[];
  series: ChartSeries[];
}

/** A whole percentage of part in total; 0 when there is nothing to divide. */
export const percentOf = (part: number, total: number): number =>
  total > 0 ? Math.round((100 * part) / total) : 0;

/** Whole percentages of each count that add up to exactly 100 (largest remainder), or all 0 for no counts. */
export const sharesOf = (counts: number[]): number[] => {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => (100 * n) / total);
  const shares = exact.map(Math.floor);
  const largestRemainderFirst = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder);
  const missing = 100 - shares.reduce((sum, n) => sum + n, 0);
  return shares.map(
    (share, i) => share + (largestRemainderFirst.findIndex((r) => r.i === i) < missing ? 1 : 0),
  );
};

/** The weeks of each bucket as bars; a bucket that ends within `withinWeeks` is calm, a later one amber. */
export const pipTimeBars = (
  rows: PipTimeRow[],
  withinWeeks: number,
  label: (row: PipTimeRow) => string,
  seriesLabel: string,
): BarData => ({
  labels: rows.map(label),
  series: [
    {
      label: seriesLabel,
      values: rows.map((r) => r.cases),
      tone: rows.map((r) => (r.toWeek !== null && r.toWeek <= withinWeeks ? 'primary' : 'amber')),
    },
  ],
});

/** Cases whose PIP took at most `withinWeeks` (their bucket ends by then). */
export const casesWithin = (rows: PipTimeRow[], withinWeeks: number): number =>
  rows
    .filter((r) => r.toWeek !== null && r.toWeek <= withinWeeks)
    .reduce((sum, r) => sum + r.cases, 0);

/** Per route, stacked: cases with a vastgesteld PIP, and the open rest. */
export const routeBars = (
  rows: RouteRow[],
  routeLabel: (route: string) => string,
  labels: { vastgesteld: string; open: string },
): BarData => ({
  labels: rows.map((r) => routeLabel(r.route)),
  series: [
    { label: labels.vastgesteld, values: rows.map((r) => r.vastgesteld), tone: 'primary' },
    { label: labels.open, values: rows.map((r) => r.cases - r.vastgesteld), tone: 'soft' },
  ],
});

/** Per language, stacked: cases already overdue, and the ones due within the month. */
export const languageBars = (
  rows: LanguageNeedRow[],
  languageName: (code: string) => string,
  labels: { overdue: string; due: string },
): BarData => ({
  labels: rows.map((r) => languageName(r.language)),
  series: [
    { label: labels.overdue, values: rows.map((r) => r.overdue), tone: 'red' },
    { label: labels.due, values: rows.map((r) => r.cases - r.overdue), tone: 'primary' },
  ],
});

export interface CardShare {
  cardId: string;
  understood: number;
  total: number;
  percent: number;
}

/** Per card, the teach-backs understood in one language (or all when `language` is empty), least understood first. */
export const cardShares = (rows: CardUnderstoodRow[], language?: string): CardShare[] => {
  const byCard = new Map<string, CardShare>();
  for (const r of rows) {
    if (language && r.language !== language) continue;
    const card = byCard.get(r.cardId) ?? { cardId: r.cardId, understood: 0, total: 0, percent: 0 };
    card.understood += r.understood;
    card.total += r.total;
    byCard.set(r.cardId, card);
  }
  return [...byCard.values()]
    .map((c) => ({ ...c, percent: percentOf(c.understood, c.total) }))
    .sort((a, b) => a.percent - b.percent || b.total - a.total || a.cardId.localeCompare(b.cardId));
};

/** Percent understood per card; under half is amber. */
export const cardBars = (
  shares: CardShare[],
  cardLabel: (share: CardShare) => string,
  seriesLabel: string,
): BarData => ({
  labels: shares.map(cardLabel),
  series: [
    {
      label: seriesLabel,
      values: shares.map((s) => s.percent),
      tone: shares.map((s) => (s.percent < 50 ? 'amber' : 'primary')),
    },
  ],
});

/** The `top` questions and languages with the most "I don't understand" (the rows come worst first). */
export const notUnderstoodBars = (
  rows: NotUnderstoodRow[],
  top: number,
  label: (row: NotUnderstoodRow) => string,
  seriesLabel: string,
): BarData => {
  const shown = rows.slice(0, top);
  return {
    labels: shown.map(label),
    series: [{ label: seriesLabel, values: shown.map((r) => r.count), tone: 'amber' }],
  };
};

const FACE_TONES: Record<RatingFace, Tone> = { good: 'primary', neutral: 'neutral', bad: 'amber' };

/** The share of each face (in RATING_FACES order) among the conversations that answered this aspect; sums to 100. */
export const faceShares = (row: RatingRow): number[] =>
  sharesOf(RATING_FACES.map((face) => row[face]));

/** Per aspect, stacked to 100 %: the share of each face among the conversations that answered it. */
export const ratingBars = (
  rows: RatingRow[],
  aspectLabel: (row: RatingRow) => string,
  faceLabel: (face: RatingFace) => string,
): BarData => {
  const shares = rows.map(faceShares);
  return {
    labels: rows.map(aspectLabel),
    series: RATING_FACES.map((face, f) => ({
      label: faceLabel(face),
      values: shares.map((s) => s[f] ?? 0),
      tone: FACE_TONES[face],
    })),
  };
};

/** "A 12, B 8, C 3": the first `max` labels with their values, for a chart's accessible name. */
export const listSummary = (labels: string[], values: number[], max = 5, unit = ''): string =>
  labels
    .slice(0, max)
    .map((label, i) => `${label} ${values[i] ?? 0}${unit}`)
    .join(', ');

/** A label cut to `max` characters with an ellipsis, for a chart axis (the table shows it whole). */
export const shorten = (text: string, max = 42): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

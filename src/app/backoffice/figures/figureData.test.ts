// The figures' rows shaped into bars: buckets beyond ten weeks amber, stacked parts that add up to the total,
// cards least understood first (per language or all), the worst questions only, ratings as shares.
import { describe, expect, it } from 'vitest';
import type { PipTimeRow } from '../../../protocol/figures';
import {
  cardBars,
  cardShares,
  casesWithin,
  languageBars,
  listSummary,
  notUnderstoodBars,
  percentOf,
  pipTimeBars,
  ratingBars,
  routeBars,
  sharesOf,
  shorten,
} from './figureData';

const weeks: PipTimeRow[] = [
  { fromWeek: 0, toWeek: 1, cases: 1 },
  { fromWeek: 9, toWeek: 10, cases: 2 },
  { fromWeek: 10, toWeek: 11, cases: 3 },
  { fromWeek: 11, toWeek: null, cases: 4 },
];

describe('figure data', () => {
  it('colours the weeks after the ten-week line and counts the cases within it', () => {
    const bars = pipTimeBars(weeks, 10, (r) => `${r.fromWeek}`, 'cases');
    expect(bars.labels).toEqual(['0', '9', '10', '11']);
    expect(bars.series[0]).toEqual({
      label: 'cases',
      values: [1, 2, 3, 4],
      tone: ['primary', 'primary', 'amber', 'amber'],
    });
    expect(casesWithin(weeks, 10)).toBe(3);
  });

  it('stacks routes and languages into parts that add up to their cases', () => {
    const routes = routeBars([{ route: 'b1', cases: 5, vastgesteld: 2 }], (r) => r.toUpperCase(), {
      vastgesteld: 'v',
      open: 'o',
    });
    expect(routes).toEqual({
      labels: ['B1'],
      series: [
        { label: 'v', values: [2], tone: 'primary' },
        { label: 'o', values: [3], tone: 'soft' },
      ],
    });
    const languages = languageBars([{ language: 'ar', cases: 4, overdue: 1 }], () => 'Arabisch', {
      overdue: 'late',
      due: 'due',
    });
    expect(languages.series.map((s) => s.values[0])).toEqual([1, 3]);
  });

  it('puts the least understood card first, for one language or all', () => {
    const rows = [
      { cardId: 'pip', language: 'ar', understood: 3, total: 4 },
      { cardId: 'pip', language: 'ti', understood: 0, total: 4 },
      { cardId: 'termijn', language: 'ar', understood: 1, total: 2 },
    ];
    expect(cardShares(rows)).toEqual([
      { cardId: 'pip', understood: 3, total: 8, percent: 38 },
      { cardId: 'termijn', understood: 1, total: 2, percent: 50 },
    ]);
    expect(cardShares(rows, 'ar').map((c) => [c.cardId, c.percent])).toEqual([
      ['termijn', 50],
      ['pip', 75],
    ]);
    expect(cardBars(cardShares(rows), (c) => c.cardId, '%').series[0]!.tone).toEqual([
      'amber',
      'primary',
    ]);
  });

  it('charts only the worst questions', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({
      questionId: `q${i}`,
      language: 'ar',
      count: 25 - i,
      cases: 1,
    }));
    const bars = notUnderstoodBars(rows, 20, (r) => r.questionId, 'times');
    expect(bars.labels).toHaveLength(20);
    expect(bars.series[0]!.values[0]).toBe(25);
  });

  it('shows each face as its share of the conversations that answered the aspect', () => {
    const bars = ratingBars(
      [
        { aspect: 'clear', good: 2, neutral: 1, bad: 1 },
        { aspect: 'length', good: 0, neutral: 0, bad: 0 },
      ],
      (r) => r.aspect,
      (f) => f,
    );
    expect(bars.series.map((s) => [s.label, s.values])).toEqual([
      ['good', [50, 0]],
      ['neutral', [25, 0]],
      ['bad', [25, 0]],
    ]);
  });

  it('rounds shares so that they add up to 100', () => {
    expect(sharesOf([1, 1, 1])).toEqual([34, 33, 33]);
    expect(sharesOf([2, 1, 0])).toEqual([67, 33, 0]);
    expect(sharesOf([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('summarises and shortens for the accessible name and the axis', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(1, 0)).toBe(0);
    expect(listSummary(['a', 'b', 'c'], [3, 2, 1], 2, ' %')).toBe('a 3 %, b 2 %');
    expect(shorten('abcdefghij', 6)).toBe('abcde…');
    expect(shorten('abc', 6)).toBe('abc');
  });
});

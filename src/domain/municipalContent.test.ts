// The tablet reads the municipality's content: texts per language with their review, checked figures in place of
// the built-in ones, a locale's review, and partners; malformed rows are ignored, never shown half.
import { describe, expect, it } from 'vitest';
import { EXPLANATION_CARDS } from '../content/explanations';
import { FACTS } from '../content/explanations/facts';
import {
  cardWithOwnSource,
  factWithOwn,
  localeReview,
  ownTexts,
  partnersOf,
  type ContentRow,
} from './municipalContent';

const row = (r: Partial<ContentRow> & Pick<ContentRow, 'kind' | 'key'>): ContentRow => ({
  language: '',
  value: null,
  reviewedBy: null,
  reviewedAt: null,
  changedAt: '2026-12-01T09:00:00.000Z',
  ...r,
});

describe('municipal content on the tablet', () => {
  it('groups texts by language, with the review where there is one', () => {
    const texts = ownTexts([
      row({
        kind: 'text',
        key: 'content:tile.yes',
        language: 'ti',
        value: { text: 'እወ፣' },
        reviewedBy: 'Tesfay',
        reviewedAt: '2026-12-02T10:00:00.000Z',
      }),
      row({ kind: 'text', key: 'content:tile.no', language: 'ti', value: { text: 'ኣይፋልን' } }),
      row({ kind: 'text', key: 'content:tile.no', language: 'ar', value: { nope: 1 } }),
    ]);
    expect(texts.get('ti')?.get('content:tile.yes')).toEqual({
      text: 'እወ፣',
      review: { reviewer: 'Tesfay', reviewedAt: '2026-12-02' },
    });
    expect(texts.get('ti')?.get('content:tile.no')).toEqual({ text: 'ኣይፋልን' });
    expect(texts.has('ar')).toBe(false);
  });

  it("puts the municipality's checked figure, source and date in place of the built-in one", () => {
    const own = factWithOwn(FACTS.intakeFineEuro, [
      row({
        kind: 'fact',
        key: 'intakeFineEuro',
        value: {
          value: 250,
          source: { title: 'Besluit inburgering 2021', article: 'art. 8.1' },
          checkedAt: '2026-11-30',
        },
        reviewedBy: 'Jurist',
      }),
    ]);
    expect(own).toMatchObject({
      id: 'intakeFineEuro',
      value: 250,
      source: { article: 'art. 8.1' },
      review: { status: 'reviewed', checkedAt: '2026-11-30', checkedBy: 'Jurist' },
    });
    expect(
      factWithOwn(FACTS.pipWithinWeeks, [
        row({ kind: 'fact', key: 'pipWithinWeeks', value: { value: 'ten' } }),
      ]),
    ).toBe(FACTS.pipWithinWeeks);
  });

  it('gives a card the source the municipality checked, reviewed when someone signed for it', () => {
    const card = EXPLANATION_CARDS.find((c) => c.id === 'boete')!;
    const own = cardWithOwnSource(card, [
      row({
        kind: 'source',
        key: 'boete',
        value: {
          source: { title: 'Besluit inburgering 2021', article: 'art. 8.1' },
          checkedAt: '2026-12-02',
        },
        reviewedBy: 'Jurist',
      }),
    ]);
    expect(own).toMatchObject({
      id: 'boete',
      source: { title: 'Besluit inburgering 2021', article: 'art. 8.1' },
      review: { status: 'reviewed', checkedAt: '2026-12-02', checkedBy: 'Jurist' },
    });
    expect(own.panels).toBe(card.panels);
    expect(
      cardWithOwnSource(card, [row({ kind: 'source', key: 'boete', value: { source: {} } })]),
    ).toBe(card);
  });

  it('reads a locale review and the partners by name', () => {
    const rows = [
      row({
        kind: 'locale-review',
        key: '',
        language: 'ar',
        value: { note: '' },
        reviewedBy: 'Vertaalbureau Noord',
        reviewedAt: '2026-12-03T08:00:00.000Z',
      }),
      row({
        kind: 'partner',
        key: 'vwn',
        value: { name: 'VluchtelingenWerk', about: 'Begeleiding', phone: '', address: '' },
      }),
      row({
        kind: 'partner',
        key: 'taalhuis',
        value: {
          name: 'Taalhuis',
          about: '',
          phone: '010',
          address: 'Markt 1',
          url: 'https://taalhuis.example',
        },
      }),
    ];
    expect(localeReview(rows, 'ar')).toEqual({
      reviewer: 'Vertaalbureau Noord',
      reviewedAt: '2026-12-03',
    });
    expect(localeReview(rows, 'ti')).toBeUndefined();
    expect(partnersOf(rows).map((p) => p.id)).toEqual(['taalhuis', 'vwn']);
    expect(partnersOf(rows)[0]).toMatchObject({ url: 'https://taalhuis.example', phone: '010' });
  });
});

// Reading the municipality's own content as the tablet holds it: its texts per language, a legal figure with the
// municipality's checked value and source in place of the built-in one, a card's source as it checked it, its local
// partners, and review marks of a whole locale or a single string. Pure: the rows come from storage, the app applies the result.
import type { ExplanationCard, Fact, FactId } from '../content/explanations/types';

export interface ContentRow {
  kind: 'text' | 'fact' | 'partner' | 'locale-review' | 'source';
  key: string;
  language: string;
  value: unknown;
  reviewedBy: string | null;
  reviewedAt: string | null;
  changedAt: string;
}

export interface Review {
  reviewer: string;
  /** YYYY-MM-DD. */
  reviewedAt: string;
}

export interface OwnText {
  text: string;
  review?: Review;
}

export interface Partner {
  id: string;
  name: string;
  about: string;
  phone: string;
  address: string;
  url?: string;
}

const reviewOf = (row: ContentRow): Review | undefined =>
  row.reviewedBy
    ? { reviewer: row.reviewedBy, reviewedAt: (row.reviewedAt ?? row.changedAt).slice(0, 10) }
    : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** language → "ns:key" → the municipality's text (with its review, when reviewed). */
export const ownTexts = (rows: readonly ContentRow[]): Map<string, Map<string, OwnText>> => {
  const byLanguage = new Map<string, Map<string, OwnText>>();
  for (const row of rows) {
    if (row.kind !== 'text' || !isRecord(row.value) || typeof row.value.text !== 'string') continue;
    const review = reviewOf(row);
    const texts =
      byLanguage.get(row.language) ?? byLanguage.set(row.language, new Map()).get(row.language)!;
    texts.set(row.key, { text: row.value.text, ...(review ? { review } : {}) });
  }
  return byLanguage;
};

/** The figure as the municipality checked it (value, source, date, who), or the built-in one. */
export const factWithOwn = (fact: Fact, rows: readonly ContentRow[]): Fact => {
  const row = rows.find((r) => r.kind === 'fact' && r.key === fact.id);
  if (
    !row ||
    !isRecord(row.value) ||
    typeof row.value.value !== 'number' ||
    !isRecord(row.value.source)
  )
    return fact;
  const source = row.value.source as unknown as Fact['source'];
  return {
    ...fact,
    value: row.value.value,
    source,
    review: {
      status: row.reviewedBy ? 'reviewed' : 'draft',
      checkedAt:
        typeof row.value.checkedAt === 'string' ? row.value.checkedAt : row.changedAt.slice(0, 10),
      checkedBy: row.reviewedBy,
    },
  };
};

/** The card with its source as the municipality checked it (title, article, link, date, who), or as built in. */
export const cardWithOwnSource = (
  card: ExplanationCard,
  rows: readonly ContentRow[],
): ExplanationCard => {
  const row = rows.find((r) => r.kind === 'source' && r.key === card.id);
  if (
    !row ||
    !isRecord(row.value) ||
    !isRecord(row.value.source) ||
    typeof row.value.source.title !== 'string'
  )
    return card;
  return {
    ...card,
    source: row.value.source as unknown as ExplanationCard['source'],
    review: {
      status: row.reviewedBy ? 'reviewed' : 'draft',
      checkedAt:
        typeof row.value.checkedAt === 'string' ? row.value.checkedAt : row.changedAt.slice(0, 10),
      checkedBy: row.reviewedBy,
    },
  };
};

/** The municipality's review of a whole locale, if any. */
export const localeReview = (rows: readonly ContentRow[], language: string): Review | undefined => {
  const row = rows.find((r) => r.kind === 'locale-review' && r.language === language);
  return row ? reviewOf(row) : undefined;
};

/** The municipality's local partners, by name. */
export const partnersOf = (rows: readonly ContentRow[]): Partner[] =>
  rows
    .flatMap((r): Partner[] => {
      if (r.kind !== 'partner' || !isRecord(r.value) || typeof r.value.name !== 'string') return [];
      const v = r.value;
      const text = (field: string) => (typeof v[field] === 'string' ? (v[field] as string) : '');
      return [
        {
          id: r.key,
          name: v.name as string,
          about: text('about'),
          phone: text('phone'),
          address: text('address'),
          ...(text('url') ? { url: text('url') } : {}),
        },
      ];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export type { FactId };

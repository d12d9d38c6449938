// The tolken's flags on translations of one municipality, grouped by sentence and language with their suggested
// wordings, the built-in text with the Dutch beside it, the municipality's own text now, and whether the group is
// still open (flagged after its last review).
import type { ContentItem, TranslationFlagGroup } from '../../protocol/municipalContent';
import type { Queryable } from '../persistence/db';
import { bundledTexts } from './bundledLocales';

interface FlagRow extends Record<string, unknown> {
  text_key: string;
  language: string;
  shown_text: string;
  suggestion: string;
  at: string | Date;
}

const iso = (value: string | Date): string => new Date(value).toISOString();

/** Groups flag rows (any order) with the current texts of the municipality; open groups first, then most flagged. */
export const groupTranslationFlags = (
  rows: readonly FlagRow[],
  texts: readonly ContentItem[],
): TranslationFlagGroup[] => {
  const groups = new Map<string, { rows: FlagRow[] }>();
  for (const row of rows) {
    const id = `${row.text_key}|${row.language}`;
    (groups.get(id) ?? groups.set(id, { rows: [] }).get(id)!).rows.push(row);
  }
  const own = new Map(
    texts.filter((t) => t.kind === 'text').map((t) => [`${t.key}|${t.language}`, t]),
  );
  return [...groups.entries()]
    .map(([id, { rows: flagged }]): TranslationFlagGroup => {
      const sorted = [...flagged].sort((a, b) => iso(a.at).localeCompare(iso(b.at)));
      const newest = sorted.at(-1)!;
      const suggestions = new Map<string, number>();
      for (const r of sorted)
        if (r.suggestion.trim())
          suggestions.set(r.suggestion.trim(), (suggestions.get(r.suggestion.trim()) ?? 0) + 1);
      const current = own.get(id);
      const reviewedAt = current ? (current.reviewedAt ?? current.changedAt) : null;
      return {
        textKey: newest.text_key,
        language: newest.language,
        count: sorted.length,
        lastAt: iso(newest.at),
        shownText: newest.shown_text,
        builtIn: bundledTexts(newest.language).get(newest.text_key) ?? null,
        dutch: bundledTexts('nl').get(newest.text_key) ?? null,
        current: current
          ? {
              text: (current.value as { text: string }).text,
              reviewedBy: current.reviewedBy,
              reviewedAt: current.reviewedAt,
            }
          : null,
        suggestions: [...suggestions.entries()]
          .map(([text, count]) => ({ text, count }))
          .sort((a, b) => b.count - a.count),
        open: reviewedAt === null || iso(newest.at) > reviewedAt,
      };
    })
    .sort(
      (a, b) =>
        Number(b.open) - Number(a.open) || b.count - a.count || a.textKey.localeCompare(b.textKey),
    );
};

/** Every translation flag in the municipality's cases (from the projection, never from documents). */
export const translationFlagRows = (db: Queryable, organisationId: string): Promise<FlagRow[]> =>
  db.query<FlagRow>(
    `SELECT f.text_key, f.language, f.shown_text, f.suggestion, f.at FROM case_translation_flags f
     JOIN case_projection p ON p.name = f.name WHERE p.organisation_id = $1`,
    [organisationId],
  );

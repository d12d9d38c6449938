// The cards of the case list's rehearsal (rehearseCaseList.tsx): the first rows of the list as they will show after
// Enter — languages, deadlines, sync states — with nothing that names a person: the name becomes a placeholder of
// the same length (so the card wraps as it will), the id a number. Rendered hidden while the PIN is typed.
import type { CaseRow } from '../../storage/db';

/** Cards enough to fill a tablet's screen at 1280 × 800 or 800 × 1280 (two or three columns, a few lines). */
export const REHEARSAL_CARDS = 12;

const PLACEHOLDER_LETTER = 'x';

/** Each word of the name as as many placeholder letters, so a card's lines break where the real card's will. */
const placeholderFor = (name: string): string => name.replace(/\S/gu, PLACEHOLDER_LETTER);

export const rehearsalRows = (rows: readonly CaseRow[], count = REHEARSAL_CARDS): CaseRow[] =>
  rows.slice(0, count).map((row, i) => {
    const name = placeholderFor(row.name);
    return {
      ...row,
      id: `rehearsal-${i}`,
      name,
      searchName: name,
      docDb: '',
      syncError: undefined,
    };
  });

// Searching the case list by name, in memory: normalised (case, diacritics, spacing), a part of the name matches.
// The keys are made once per change of the case index (at its first search), so a keystroke only scans short strings.

/** What a name and a query are compared as: lower case, no diacritics ("Ç" → "c", "é" → "e"), single spaces. */
export const searchKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    // Greek's final sigma is a sigma: "ΝΙΚΟΣ" and "νικοσ" find "Νίκος".
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();

export interface SearchIndex<T> {
  /** The rows in the order given (the list's order). */
  readonly rows: readonly T[];
  /** The rows' search keys, made at the first search (showing the whole list needs none). */
  readonly keys: readonly string[];
}

export const buildSearchIndex = <T extends { name: string }>(
  rows: readonly T[],
): SearchIndex<T> => {
  let keys: string[] | undefined;
  return {
    rows,
    get keys() {
      return (keys ??= rows.map((row) => searchKey(row.name)));
    },
  };
};

/** The rows whose name contains the query, in index order; every row (the same array) for an empty query. */
export const searchIndex = <T>(index: SearchIndex<T>, query: string): readonly T[] => {
  const q = searchKey(query);
  if (!q) return index.rows;
  const { keys, rows } = index;
  const found: T[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i]!.includes(q)) found.push(rows[i]!);
  return found;
};

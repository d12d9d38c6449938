// The list's name search: what the stored index search matched still matches, plus diacritics and spacing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, searchIndex, searchKey } from './caseSearch';

const rows = [
  { id: 'a', name: 'Amanuel Tesfaye' },
  { id: 'b', name: 'Samira Haddad' },
  { id: 'c', name: 'Çelik  Özdemir' },
  { id: 'd', name: 'Zoë Müller' },
  { id: 'e', name: 'محمد الأحمد' },
  { id: 'f', name: 'Νίκος Παπαδόπουλος' },
];
const ids = (query: string) => searchIndex(buildSearchIndex(rows), query).map((r) => r.id);

describe('case search', () => {
  it('finds a part of the name, case-insensitively, in list order', () => {
    expect(ids('tesf')).toEqual(['a']);
    expect(ids('TESF')).toEqual(['a']);
    expect(ids('a')).toEqual(['a', 'b']);
    expect(ids('dad')).toEqual(['b']);
  });

  it('returns every row, the same array, for an empty or blank query', () => {
    const index = buildSearchIndex(rows);
    expect(searchIndex(index, '')).toBe(index.rows);
    expect(searchIndex(index, '   ')).toBe(index.rows);
  });

  it('ignores diacritics on either side and extra spaces', () => {
    expect(ids('celik ozd')).toEqual(['c']);
    expect(ids('Çelik')).toEqual(['c']);
    expect(ids('zoe')).toEqual(['d']);
    expect(ids('muller')).toEqual(['d']);
    expect(ids('  zoë   müller ')).toEqual(['d']);
  });

  it('finds names in other scripts', () => {
    expect(ids('محمد')).toEqual(['e']);
    expect(ids('ΝΙΚΟΣ')).toEqual(['f']);
    expect(ids('νικοσ π')).toEqual(['f']);
    expect(ids('nobody')).toEqual([]);
  });

  it('matches whatever the old stored search matched (a lower-case part of the name)', () => {
    const oldMatch = (name: string, query: string) =>
      name.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase());
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 24 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (name, from, length, upper) => {
          const chars = Array.from(name);
          const start = from % (chars.length + 1);
          const part = chars.slice(start, start + (length % 8)).join('');
          const query = upper ? part.toLocaleUpperCase() : part;
          if (!oldMatch(name, query)) return;
          expect(searchIndex(buildSearchIndex([{ name }]), query)).toHaveLength(1);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('normalises to a stable key', () => {
    expect(searchKey(' Ærø  Ñandú ')).toBe('ærø nandu');
  });
});

// The rehearsal's cards keep what shapes a card and drop everything that names a person.
import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../../storage/db';
import { rehearsalRows } from './rehearsalRows';

const row = (i: number, name: string, language: string): CaseRow => ({
  id: `case-${i}`,
  name,
  searchName: name.toLocaleLowerCase(),
  language,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  conversationCount: 2,
  answerCount: 7,
  pipDeadline: '2027-01-15T00:00:00.000Z',
  docDb: `samenspraak-case-case-${i}`,
  dirty: 1,
  syncState: 'error',
  syncError: 'Samira Haddad: quota',
});

describe('rehearsalRows', () => {
  const rows = [row(1, 'Samira Haddad', 'ar'), row(2, 'ሰላም ተስፋይ', 'ti'), row(3, 'Ali', 'prs')];

  it('takes the first rows with their languages, deadlines and sync states', () => {
    const cards = rehearsalRows(rows, 2);
    expect(cards.map((c) => c.language)).toEqual(['ar', 'ti']);
    expect(cards.map((c) => [c.pipDeadline, c.syncState, c.dirty, c.answerCount])).toEqual([
      ['2027-01-15T00:00:00.000Z', 'error', 1, 7],
      ['2027-01-15T00:00:00.000Z', 'error', 1, 7],
    ]);
  });

  it('keeps no name, id, database or error text of a person, only the shape of the name', () => {
    const cards = rehearsalRows(rows);
    expect(cards).toHaveLength(3);
    expect(cards.map((c) => c.name)).toEqual(['xxxxxx xxxxxx', 'xxx xxxx', 'xxx']);
    const text = JSON.stringify(cards);
    for (const real of ['Samira', 'Haddad', 'ሰላም', 'Ali', 'case-1', 'samenspraak-case', 'quota'])
      expect(text).not.toContain(real);
    expect(new Set(cards.map((c) => c.id)).size).toBe(3);
  });
});

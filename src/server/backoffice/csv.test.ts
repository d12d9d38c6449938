// CSV export cells: quoted where needed, lists joined, and never a formula a spreadsheet would run.
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, joins lists, and defuses formulas', () => {
    const csv = toCsv(
      ['name', 'languages', 'note'],
      [
        { name: 'Haddad, Samira', languages: ['ar', 'ti'], note: 'zei "ja"' },
        { name: '=HYPERLINK("x")', languages: [], note: null },
        { name: '-2+3', languages: ['fa'], note: 'regel 1\nregel 2' },
      ],
    );
    expect(csv).toBe(
      'name,languages,note\r\n' +
        '"Haddad, Samira",ar ti,"zei ""ja"""\r\n' +
        `"'=HYPERLINK(""x"")",,\r\n` +
        `'-2+3,fa,"regel 1\nregel 2"\r\n`,
    );
  });
});

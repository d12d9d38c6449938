// A municipality's text replaces a built-in one only for a known key, when not empty, with the Dutch placeholders.
import { describe, expect, it } from 'vitest';
import { checkText } from './textCheck';

const dutch = new Map([
  ['explain:termijn.panel1', 'Je hebt {{years}} jaar de tijd.'],
  ['content:tile.yes', 'Ja'],
]);

describe('checkText', () => {
  it('accepts a translation with the same placeholders', () => {
    expect(checkText(dutch, 'explain:termijn.panel1', 'ምእንቲ {{years}} ዓመት')).toBeUndefined();
    expect(checkText(dutch, 'content:tile.yes', 'እወ')).toBeUndefined();
  });
  it('refuses an unknown key, an empty text and a lost or added placeholder', () => {
    expect(checkText(dutch, 'content:nope', 'x')).toBe('unknown-key');
    expect(checkText(dutch, 'content:tile.yes', '  ')).toBe('empty');
    expect(checkText(dutch, 'explain:termijn.panel1', 'ثلاث سنوات')).toBe('placeholders-differ');
    expect(checkText(dutch, 'content:tile.yes', 'نعم {{name}}')).toBe('placeholders-differ');
  });
});

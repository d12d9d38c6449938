// Fonts loaded ahead for the words a screen will show: every script's face, both weights, each character once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { distinctCharacters, warmFonts } from './warmFonts';

/** happy-dom has no FontFaceSet: the test gives the document one with only `load`. */
const stubFonts = () => {
  const load = vi.fn<(font: string, text?: string) => Promise<FontFace[]>>().mockResolvedValue([]);
  Object.defineProperty(document, 'fonts', { value: { load }, configurable: true });
  return load;
};

/** styles.css's font stack (happy-dom loads no stylesheet). */
const FONT_STACK = `'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', system-ui, sans-serif`;

beforeEach(() => document.documentElement.style.setProperty('--font', FONT_STACK));
afterEach(() => {
  delete (document as { fonts?: unknown }).fonts;
  document.documentElement.style.removeProperty('--font');
});

describe('warmFonts', () => {
  it('asks for the faces of every character, in both weights, each character once', async () => {
    const load = stubFonts();
    await warmFonts(['Samira', 'العربية', 'ትግርኛ', 'Samira']);
    expect(load).toHaveBeenCalledTimes(2);
    const [font400, text] = load.mock.calls[0]!;
    expect(font400).toBe(`400 1em ${FONT_STACK}`);
    expect(load.mock.calls[1]![0]).toMatch(/^700 /);
    for (const character of 'Samiraالعربيةትግርኛ') expect(text).toContain(character);
    expect([...text!].length).toBe(new Set('Samiraالعربيةትግርኛ').size);
  });

  it('loads nothing for no words, and a font that fails to load is no failure', async () => {
    const load = stubFonts();
    await warmFonts([' ', '']);
    expect(load).not.toHaveBeenCalled();
    load.mockRejectedValue(new Error('offline'));
    await expect(warmFonts(['ትግርኛ'])).resolves.toBeUndefined();
  });

  it('counts characters, not UTF-16 halves', () => {
    expect(distinctCharacters(['𝒜a', 'a𝒜'])).toBe('𝒜a');
  });
});

// Loads, ahead of a screen, the font files its text will need (fonts.css gives each script its own file, fetched
// only for text in that script). A list that shows "العربية" or "ትግርኛ" laid out before those files are there is
// laid out twice, and the first time with the system's fallback fonts, whose lookup is slow on a cold tablet.
// Nothing is fetched for text the fonts of fonts.css do not cover, and a failure only means the screen loads them.

/** The app's font stack, as styles.css sets it (`--font`): each family's faces serve their unicode-range. */
const fontStack = (): string =>
  getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
/** The weights fonts.css has; 600 (chips) is served by the 700 faces. */
const WEIGHTS = [400, 700] as const;

/** The distinct characters of `texts`, as one string (the browser only checks which faces they fall in). */
export const distinctCharacters = (texts: Iterable<string>): string => {
  const seen = new Set<string>();
  for (const text of texts) for (const character of text) seen.add(character);
  return [...seen].join('');
};

/** Resolves once the faces for these texts are loaded (or failed to); never rejects. */
export const warmFonts = async (texts: Iterable<string>): Promise<void> => {
  const characters = distinctCharacters(texts).trim();
  if (!characters || typeof document === 'undefined' || !document.fonts) return;
  const families = fontStack();
  if (!families) return;
  await Promise.all(
    WEIGHTS.map((weight) =>
      document.fonts.load(`${weight} 1em ${families}`, characters).catch(() => undefined),
    ),
  );
};

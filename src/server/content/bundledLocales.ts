// The app's built-in texts as the server sees them: every locale's namespaces flattened to "ns:key" → text,
// read once from the repository's locales folder. The Dutch is the source a reviewer and a translator read beside.
import { readFileSync } from 'node:fs';
import { flatten, type Messages } from '../../content/localeKeys';
import { LANGUAGES } from '../../content/languages';

export const TEXT_NAMESPACES = ['common', 'content', 'explain', 'drawing'] as const;

const LOCALES_DIR = new URL('../../../locales/', import.meta.url);
const cache = new Map<string, ReadonlyMap<string, string>>();

const readNamespace = (language: string, ns: string): Messages => {
  try {
    return JSON.parse(
      readFileSync(new URL(`${language}/${ns}.json`, LOCALES_DIR), 'utf8'),
    ) as Messages;
  } catch {
    return {};
  }
};

/** The built-in texts of one language ("ns:key" → text); empty for a language the app does not know. */
export const bundledTexts = (language: string): ReadonlyMap<string, string> => {
  const known = cache.get(language);
  if (known) return known;
  const texts = new Map<string, string>();
  if (language === 'nl' || LANGUAGES.some((l) => l.code === language)) {
    for (const ns of TEXT_NAMESPACES) {
      for (const [key, text] of Object.entries(flatten(readNamespace(language, ns))))
        texts.set(`${ns}:${key}`, text);
    }
  }
  cache.set(language, texts);
  return texts;
};

/** Whether the app knows this language (a locale folder of its own). */
export const isAppLanguage = (language: string): boolean =>
  language === 'nl' || LANGUAGES.some((l) => l.code === language);

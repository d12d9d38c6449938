// Languages the app can show: endonym, direction, and whether the UI has a locale for it.

export interface LanguageInfo {
  code: string;
  /** The language's name in its own script: languages are not countries, so no flags. */
  endonym: string;
  /** Dutch name, for the consultant. */
  dutchName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'nl', endonym: 'Nederlands', dutchName: 'Nederlands', dir: 'ltr' },
  { code: 'ar', endonym: 'العربية', dutchName: 'Arabisch', dir: 'rtl' },
  { code: 'en', endonym: 'English', dutchName: 'Engels', dir: 'ltr' },
];

export const SOURCE_LANGUAGE = 'nl';

export const findLanguage = (code: string): LanguageInfo | undefined => LANGUAGES.find((l) => l.code === code);

export const directionOf = (code: string): 'ltr' | 'rtl' => findLanguage(code)?.dir ?? 'ltr';

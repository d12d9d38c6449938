// Languages the app can show: endonym, direction, and the Dutch name for the consultant.

export interface LanguageInfo {
  code: string;
  /** The language's name in its own script: languages are not countries, so no flags. */
  endonym: string;
  /** Dutch name, for the consultant. */
  dutchName: string;
  dir: 'ltr' | 'rtl';
}

/** In the order of SCREENS.md: the languages seen most in inburgering first. */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'ar', endonym: 'العربية', dutchName: 'Arabisch', dir: 'rtl' },
  { code: 'ti', endonym: 'ትግርኛ', dutchName: 'Tigrinya', dir: 'ltr' },
  { code: 'prs', endonym: 'دری', dutchName: 'Dari', dir: 'rtl' },
  { code: 'ps', endonym: 'پښتو', dutchName: 'Pasjtoe', dir: 'rtl' },
  { code: 'so', endonym: 'Soomaali', dutchName: 'Somalisch', dir: 'ltr' },
  { code: 'kmr', endonym: 'Kurdî', dutchName: 'Koerdisch (Kurmanji)', dir: 'ltr' },
  { code: 'ckb', endonym: 'کوردی', dutchName: 'Koerdisch (Sorani)', dir: 'rtl' },
  { code: 'tr', endonym: 'Türkçe', dutchName: 'Turks', dir: 'ltr' },
  { code: 'am', endonym: 'አማርኛ', dutchName: 'Amhaars', dir: 'ltr' },
  { code: 'fa', endonym: 'فارسی', dutchName: 'Perzisch (Farsi)', dir: 'rtl' },
  { code: 'fr', endonym: 'Français', dutchName: 'Frans', dir: 'ltr' },
  { code: 'en', endonym: 'English', dutchName: 'Engels', dir: 'ltr' },
  { code: 'ru', endonym: 'Русский', dutchName: 'Russisch', dir: 'ltr' },
  { code: 'nl', endonym: 'Nederlands', dutchName: 'Nederlands', dir: 'ltr' },
];

export const findLanguage = (code: string): LanguageInfo | undefined =>
  LANGUAGES.find((l) => l.code === code);

export const directionOf = (code: string): 'ltr' | 'rtl' => findLanguage(code)?.dir ?? 'ltr';

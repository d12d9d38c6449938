// i18next set-up: Dutch is the source and fallback — its common texts with this module (loaded after the PIN pad,
// start.ts), its question, explanation and drawing texts with the screens that show them (loadDutchTexts) — other
// locales from precached chunks.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf } from '../../content/languages';
import { fetchOnce } from '../fetchOnce';
import { overlayBundle } from './overlay';
import nlCommon from '../../../locales/nl/common.json';

export const NAMESPACES = ['common', 'content', 'drawing', 'explain'] as const;

// Every locale file becomes its own chunk; the service worker precaches them all, so no HTTP backend is needed.
// meta.json (review status) is read eagerly by meta.ts and is no text bundle: listed here it would become 14 chunks;
// inzage.json holds the server's words for the (Dutch) inzage page.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../../locales/*/*.json',
  '!../../../locales/*/meta.json',
  '!../../../locales/*/inzage.json',
]);

const fileOf = (lng: string, ns: string) => `../../../locales/${lng}/${ns}.json`;

export const loadLanguage = async (lng: string): Promise<void> => {
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (i18next.hasResourceBundle(lng, ns)) return;
      const load = localeFiles[fileOf(lng, ns)];
      // A namespace not yet translated falls back to Dutch (the locale test reports it before release).
      if (!load) return console.warn(`No ${ns} texts for language ${lng}; showing Dutch`);
      i18next.addResourceBundle(lng, ns, (await load()).default, true, false);
      // The municipality's own texts (a reviewed translation, its own wording) win over the built-in ones.
      overlayBundle(lng, ns);
    }),
  );
};

/**
 * The Dutch texts beyond the common ones (questions, explanations, drawing); a screen waits for them. Loaded once
 * for every screen that asks (the screens are preloaded together).
 */
export const loadDutchTexts = fetchOnce(() => loadLanguage('nl'));

/** The language the UI shows now. */
export const currentLanguage = (): string => i18next.language;

/** Switches the UI language and the page direction; Dutch lines inside keep their own dir attribute. */
export const changeLanguage = async (lng: string): Promise<void> => {
  await loadLanguage(lng);
  await i18next.changeLanguage(lng);
};

const syncDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
};

/**
 * `dutch: 'common'` (the app, start.ts): only the common texts (bars, case list), the rest comes with the screens;
 * `'all'` (tests, tools): every Dutch text before it resolves.
 */
export const initI18n = async (
  lng = 'nl',
  { dutch = 'all' }: { dutch?: 'all' | 'common' } = {},
) => {
  i18next.on('languageChanged', syncDocumentLanguage);
  await i18next.use(initReactI18next).init({
    lng: 'nl',
    fallbackLng: 'nl',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {
      nl: { common: nlCommon },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    // A municipality's own text arriving by sync re-renders what shows it.
    react: { bindI18nStore: 'added' },
  });
  syncDocumentLanguage('nl');
  // The municipality's own texts may have arrived by sync before i18next was set up (it comes after the PIN pad).
  overlayBundle('nl', 'common');
  if (dutch === 'all') await loadDutchTexts();
  if (lng !== 'nl') await changeLanguage(lng);
  return i18next;
};

export { i18next };

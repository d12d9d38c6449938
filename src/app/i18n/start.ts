// i18next's set-up, loaded and run once when a screen beyond the PIN pad needs it (the case list, the shell's bars),
// not in the start bundle: the PIN screens have their own few Dutch words (lock/lockTexts.ts).
import { fetchOnce } from '../fetchOnce';

/** The i18n module with the Dutch common texts set up; a failed load is tried again at the next call. */
export const startI18n = fetchOnce(() =>
  import('./i18n').then(async (i18n) => {
    // Tests and tools set it up themselves, with every Dutch text: a second set-up would drop those.
    if (!i18n.i18next.isInitialized) await i18n.initI18n('nl', { dutch: 'common' });
    return i18n;
  }),
);

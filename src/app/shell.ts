// The parts of the app that show words through i18next, as chunks loaded after the PIN pad: the unlocked shell
// (AppShell.tsx), fetched ahead while the PIN is typed so it renders at Enter without a blank frame (preloadable), and
// the notice of an emptied tablet above the first PIN choice, loaded when there is one. Each sets up i18next first
// (i18n/start.ts).
import { startI18n } from './i18n/start';
import { preloadable } from './routes/preloadable';

const shell = preloadable(() =>
  Promise.all([import('./AppShell'), startI18n()]).then(([m]) => m.AppShell),
);
const wipedNotice = preloadable(() =>
  Promise.all([import('./ui/TabletNotices'), startI18n()]).then(([m]) => m.WipedNotice),
);

export const AppShell = shell.Screen;
export const WipedNotice = wipedNotice.Screen;
/** The shell's code and i18next, so Enter on the PIN pad does not wait for them. */
export const preloadShell = shell.preload;

// The screens as chunks of their own: the start loads only the PIN pad; each screen's code comes when its route is
// first shown, or earlier: the case list while the PIN is typed (preloadHome), the others once the tablet is
// unlocked (preloadScreens), so a tap never waits on it — and a screen fetched ahead renders without a blank frame.
// The case list is also rendered once ahead, hidden, with sample cards (cases/rehearseCaseList.tsx).
import type { ComponentType } from 'react';
import { startI18n } from '../i18n/start';
import { useLockStore } from '../lock/lockStore';
import { preloadable } from './preloadable';

/** A screen's code together with i18next and the Dutch texts it shows (the start has only the PIN screens' words). */
const withTexts = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  preloadable(() =>
    Promise.all([load(), startI18n().then((i18n) => i18n.loadDutchTexts())]).then(
      ([component]) => component,
    ),
  );

const home = withTexts(() => import('../cases/CaseListScreen').then((m) => m.CaseListScreen));
const settings = withTexts(() =>
  import('../settings/SettingsScreen').then((m) => m.SettingsScreen),
);
const caseScreen = withTexts(() => import('../case/CaseScreen').then((m) => m.CaseScreen));
const conversation = withTexts(() =>
  import('./ConversationRoutes').then((m) => m.ConversationRoutes),
);
/** The PIP's screens: their own chunk, so the conversation bundle does not grow. */
const pip = withTexts(() => import('../pip/PipScreen').then((m) => m.default));
/** The back office (teamleider) loads apart and is never preloaded: a consultant's tablet never fetches it. */
const backoffice = withTexts(() => import('../backoffice/BackofficeScreen').then((m) => m.default));

export const CaseListScreen = home.Screen;
export const SettingsScreen = settings.Screen;
export const CaseScreen = caseScreen.Screen;
export const ConversationRoutes = conversation.Screen;
export const PipScreen = pip.Screen;
export const BackofficeScreen = backoffice.Screen;

/** The case list's code (and its read of the case index ahead), so Enter on the PIN pad does not wait for it. */
export const preloadHome = (): Promise<unknown> =>
  home
    .preload()
    .then(() => import('../cases/caseIndex'))
    .then((index) => index.warmCaseIndex().then(index.warmCardFonts))
    // The cards' Dutch date format: its locale data is loaded once per page, now rather than at Enter.
    .then(() => import('../cases/dayFormat'))
    .then((format) => format.warmDayFormat('nl'))
    // Last, the list itself once, hidden, with sample cards: its first render and layout are then behind it.
    .then(rehearseHome)
    .catch(() => undefined);

/** Rehearses the case list while the PIN pad is still up (not once the list itself shows). */
const rehearseHome = async () => {
  if (!useLockStore.getState().locked) return;
  const [{ rehearseCaseList }, { rowsReadAhead }] = await Promise.all([
    import('../cases/rehearseCaseList'),
    import('../cases/caseIndex'),
  ]);
  await rehearseCaseList(rowsReadAhead());
};

/** Fetches the consultant's other screens in the background; a failure only means the route loads them itself. */
export const preloadScreens = (): Promise<unknown> =>
  Promise.all(
    [home, settings, caseScreen, conversation, pip].map((screen) =>
      screen.preload().catch(() => undefined),
    ),
  );

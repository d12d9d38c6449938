// The screens as lazy chunks: the start loads only the PIN pad; each screen's code comes when its route is first
// shown, or earlier: the case list while the PIN is typed (preloadHome), the others once the tablet is unlocked
// (preloadScreens), so a tap never waits on it.
import { lazy } from 'react';

const chunks = {
  home: () => import('../cases/CaseListScreen'),
  settings: () => import('../settings/SettingsScreen'),
  case: () => import('../case/CaseScreen'),
  conversation: () => import('./ConversationRoutes'),
  pip: () => import('../pip/PipScreen'),
};

export const CaseListScreen = lazy(() =>
  chunks.home().then((m) => ({ default: m.CaseListScreen })),
);
export const SettingsScreen = lazy(() =>
  chunks.settings().then((m) => ({ default: m.SettingsScreen })),
);
export const CaseScreen = lazy(() => chunks.case().then((m) => ({ default: m.CaseScreen })));
export const ConversationRoutes = lazy(() =>
  chunks.conversation().then((m) => ({ default: m.ConversationRoutes })),
);
/** The PIP's screens: their own chunk, so the conversation bundle does not grow. */
export const PipScreen = lazy(chunks.pip);
/** The back office (teamleider) loads apart and is never preloaded: a consultant's tablet never fetches it. */
export const BackofficeScreen = lazy(() => import('../backoffice/BackofficeScreen'));

/** The case list's code (and its read of the case index ahead), so Enter on the PIN pad does not wait for it. */
export const preloadHome = (): Promise<unknown> =>
  chunks
    .home()
    .then(() => import('../cases/caseIndex'))
    .then((index) => index.warmCaseIndex())
    .catch(() => undefined);

/** Fetches the consultant's other screens in the background; a failure only means the route loads them itself. */
export const preloadScreens = (): Promise<unknown> =>
  Promise.all(Object.values(chunks).map((load) => load().catch(() => undefined)));

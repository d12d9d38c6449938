// Browser entry: fonts and styles, the lock's state, the first screen, the storage persistence request and the service
// worker; i18next and the screens beyond the PIN pad load while the PIN is typed.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './app/ui/fonts.css';
import './app/ui/styles.css';
import { App } from './app/App';
import { useLockStore } from './app/lock/lockStore';
import { registerServiceWorker } from './app/pwa';
import { requestPersistentStorage } from './storage/deviceStorage';
import { preloadHome, preloadScreens } from './app/routes/screens';
import { preloadShell } from './app/shell';
import { afterFirstPaint, whenFirstScreenShown, whenUnlockedOr } from './app/afterFirstPaint';
import { AHEAD_AT_THE_LATEST_MS, whenTouchedOr } from './app/firstTouch';

// The PIN screens' own few Dutch words (lock/lockTexts.ts): i18next comes with the shell and the screens. The lock's
// state (PIN set, locked, handed over) is read from the tablet meanwhile, so React's first render is the first
// screen itself, with no splash rendered and laid out before it (index.html shows the splash until then). Where the
// last start ended at the locked PIN pad it shows at once (lockHint.ts), and the lock's reading of the tablet (the
// database's code and IndexedDB's cold open) comes after the pad (App starts it; every PIN tried waits for it). A
// reading that fails is taken up again, and reported, by the App.
// (Not a top-level await: the database's code is a chunk that imports this one, so it could never load while this
// module's evaluation waits.)
const showFirstScreen = async () => {
  if (!useLockStore.getState().ready)
    await useLockStore
      .getState()
      .init()
      .catch(() => undefined);
  void requestPersistentStorage().catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  // Rendered in this task: no frame of the splash is laid out and painted between the code and the first screen.
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  registerServiceWorker();
};
void showFirstScreen();
/** A locked tablet starts syncing this long after the PIN pad shows (at once when unlocked sooner). */
const SYNC_WHILE_LOCKED_AFTER_MS = 5000;
// What the first screen does not need waits until it is painted and touched: the tablet's id (needed only when
// something is written), the case list's code and rows while the PIN is typed, then the retention purge; sync and
// the other screens' code once the tablet is unlocked (or a few seconds later), so the PIN pad answers every tap.
whenFirstScreenShown(() => {
  // Once the PIN pad is touched (or a few seconds later), so the pad is quiet until then.
  whenTouchedOr(AHEAD_AT_THE_LATEST_MS, () => {
    void import('./app/author')
      .then(({ loadAuthor }) => loadAuthor())
      .catch((error: unknown) => console.error('Tablet id could not be read', error));
    // The shell with i18next and the case list first (Enter shows it at once), then the purge, which may drop what
    // was read and reads again.
    void preloadShell().catch(() => undefined);
    void preloadHome()
      .then(() => import('./app/services'))
      .then(({ purgeExpiredCases }) => purgeExpiredCases())
      .catch((error: unknown) => console.error('Retention purge failed', error));
  });
  // After the screen the unlock shows (the case list) is painted, too.
  whenUnlockedOr(SYNC_WHILE_LOCKED_AFTER_MS, () =>
    afterFirstPaint(() => {
      void import('./app/services').then(({ startSync }) =>
        startSync().catch((error: unknown) => console.error('Sync could not start', error)),
      );
      void preloadScreens();
    }),
  );
});

// Browser entry: fonts and styles, i18n, storage persistence request, the app, and the service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/ui/fonts.css';
import './app/ui/styles.css';
import { App } from './app/App';
import { initI18n } from './app/i18n/i18n';
import { registerServiceWorker } from './app/pwa';
import { requestPersistentStorage } from './storage/deviceStorage';
import { loadAuthor } from './app/author';
import { preloadScreens } from './app/routes/screens';
import { whenFirstScreenShown } from './app/afterFirstPaint';

await initI18n();
void requestPersistentStorage().catch(() => undefined);
const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
// What the first screen does not need waits until it is painted: the tablet's id (needed only when something is
// written), the session and sync, the retention purge, and then the other screens' code while the PIN is typed.
whenFirstScreenShown(() => {
  void loadAuthor().catch((error: unknown) => console.error('Tablet id could not be read', error));
  void import('./app/services').then(({ startSync, purgeExpiredCases }) => {
    void startSync().catch((error: unknown) => console.error('Sync could not start', error));
    void purgeExpiredCases()
      .catch((error: unknown) => console.error('Retention purge failed', error))
      .then(preloadScreens);
  });
});

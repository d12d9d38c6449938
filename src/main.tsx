// Browser entry: fonts and styles, i18n, storage persistence request, the app, and the service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-ethiopic/ethiopic-400.css';
import '@fontsource/noto-sans-ethiopic/ethiopic-700.css';
import './app/ui/styles.css';
import { App } from './app/App';
import { initI18n } from './app/i18n/i18n';
import { registerServiceWorker } from './app/pwa';
import { requestPersistentStorage } from './storage/deviceStorage';
import { purgeExpiredCases, startSync } from './app/services';
import { loadAuthor } from './app/author';

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
// The tablet's own id is needed only when something is written: the first screen does not wait for it.
void loadAuthor().catch((error: unknown) => console.error('Tablet id could not be read', error));
void startSync().catch((error: unknown) => console.error('Sync could not start', error));
void purgeExpiredCases().catch((error: unknown) => console.error('Retention purge failed', error));

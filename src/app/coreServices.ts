// The single instances the first screen needs: the tablet's database, the session and the REST clients. Nothing
// here loads Yjs, zod or the sync engine, so the PIN pad starts without them (services.ts holds the rest).
import { openDb } from '../storage/db';
import { dexieSessionStore } from '../storage/sessionStore';
import { bindSettings } from '../storage/settings';
import { onDatabaseReplaced } from '../storage/versionChange';
import { createBackofficeClient } from '../sync/backofficeClient';
import { lazyApiClient } from '../sync/lazyApiClient';
import { SessionManager } from '../sync/session';
import { useAppStore } from './state/store';

export const db = openDb();
/** The tablet's typed settings (storage/settings.ts): the app reads and writes them here, never the table. */
export const settings = bindSettings(db);
/** The server's REST calls; the client and its schemas load at the first call (never for the PIN pad). */
export const api = lazyApiClient(() =>
  import('../sync/apiClient').then((m) => m.createApiClient(location.origin)),
);
export const session = new SessionManager(api, dexieSessionStore(db));
/** The back office's REST calls (teamleider, beheerder), with the session's token. */
export const backoffice = createBackofficeClient(location.origin, () => session.getAccessToken());

// A newer app version in another tab upgraded the database: treat it like a new service worker.
onDatabaseReplaced(db, () => useAppStore.getState().setUpdateReady(true));

// Keeps the consultant's session (tokens, device id) in the tablet database, so work continues offline.
import type { SessionStore, StoredSession } from '../sync/session';
import type { SamenspraakDb } from './db';

const KEY = 'session';

export const dexieSessionStore = (db: SamenspraakDb): SessionStore => ({
  load: async () => ((await db.settings.get(KEY))?.value as StoredSession | undefined) ?? null,
  save: async (session) => void (await db.settings.put({ key: KEY, value: session })),
  clear: async () => db.settings.delete(KEY),
});

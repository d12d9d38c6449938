// A session store kept in memory, for tests of the session and sync engine (the app keeps it in Dexie).
import type { SessionStore, StoredSession } from '../session';

export const memorySessionStore = (): SessionStore & { value: StoredSession | null } => {
  const store = {
    value: null as StoredSession | null,
    load: async () => store.value,
    save: async (s: StoredSession) => void (store.value = s),
    clear: async () => void (store.value = null),
  };
  return store;
};

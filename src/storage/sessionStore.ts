// Keeps the consultant's session (tokens, device id) in the tablet database, so work continues offline.
import type { UserInfo } from '../protocol/api';
import type { SamenspraakDb } from './db';
import { deleteSetting, readSetting, writeSetting } from './settings';

/** The consultant's session as the tablet keeps it (the sync layer's SessionManager keeps it fresh). */
export interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  deviceId: string;
  user: UserInfo;
}

/** Where the session is kept (IndexedDB on the tablet, memory in tests). */
export interface SessionStore {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

export const dexieSessionStore = (db: SamenspraakDb): SessionStore => ({
  load: async () => (await readSetting(db, 'session')) ?? null,
  save: (session) => writeSetting(db, 'session', session),
  clear: () => deleteSetting(db, 'session'),
});

// The tablet's small settings, typed: one Dexie table of key → value, and here the one map of which key holds
// which type, so no caller casts what it reads. Values written before a type changed are the reader's concern
// (each store checks the shape it needs where old tablets may hold something else).
import type { LockCounters } from '../domain/lockPolicy';
import type { AboutMe } from './aboutMeStore';
import type { SamenspraakDb } from './db';
import type { Handover } from './handoverStore';
import type { PinVerifier } from './pinStore';
import type { StoredSession } from './sessionStore';

export interface SettingTypes {
  /** The consultant's session (tokens, device id). */
  session: StoredSession;
  /** The tablet is handed over to the inburgeraar for this conversation. */
  handover: Handover;
  /** The consultant's "about me" card. */
  aboutMe: AboutMe;
  /** Voice recordings of prompts instead of the device's voice. */
  recordingMode: boolean;
  /** This tablet's own id. */
  tabletId: string;
  /** Salted PBKDF2 verifier of the PIN (never the PIN). */
  pinVerifier: PinVerifier;
  lockCounters: LockCounters;
  /** Days a synced, untouched case stays on the tablet. */
  retentionDays: number;
  /** When the case list was last downloaded (ISO time). */
  casesDownloadedAt: string;
  /** The server's erasures seen until this moment (ISO time). */
  deletionsSeenUntil: string;
  /** The id of the last audit entry the server confirmed. */
  auditSentUpTo: number;
  /** The revision of the municipality's content this tablet holds. */
  municipalContentRevision: number;
}

export type SettingKey = keyof SettingTypes;

export const readSetting = async <K extends SettingKey>(
  db: SamenspraakDb,
  key: K,
): Promise<SettingTypes[K] | undefined> =>
  (await db.settings.get(key))?.value as SettingTypes[K] | undefined;

export const writeSetting = async <K extends SettingKey>(
  db: SamenspraakDb,
  key: K,
  value: SettingTypes[K],
): Promise<void> => void (await db.settings.put({ key, value }));

export const deleteSetting = async (db: SamenspraakDb, key: SettingKey): Promise<void> =>
  db.settings.delete(key);

/** The typed settings bound to one database: what the app is handed instead of the Dexie table. */
export const bindSettings = (db: SamenspraakDb) => ({
  read: <K extends SettingKey>(key: K) => readSetting(db, key),
  write: <K extends SettingKey>(key: K, value: SettingTypes[K]) => writeSetting(db, key, value),
});

// A live view of one setting of the tablet (e.g. when the cases were last downloaded).
import { liveQuery } from 'dexie';
import type { SamenspraakDb } from './db';

export const watchSetting = (db: SamenspraakDb, key: string, onValue: (value: unknown) => void): (() => void) => {
  const subscription = liveQuery(async () => (await db.settings.get(key))?.value).subscribe({ next: onValue, error: () => onValue(undefined) });
  return () => subscription.unsubscribe();
};

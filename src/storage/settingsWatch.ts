// A live view of one setting of the tablet (e.g. when the cases were last downloaded).
import { liveQuery } from 'dexie';
import type { SamenspraakDb } from './db';
import { readSetting, type SettingKey, type SettingTypes } from './settings';

export const watchSetting = <K extends SettingKey>(
  db: SamenspraakDb,
  key: K,
  onValue: (value: SettingTypes[K] | undefined) => void,
): (() => void) => {
  const subscription = liveQuery(() => readSetting(db, key)).subscribe({
    next: onValue,
    error: () => onValue(undefined),
  });
  return () => subscription.unsubscribe();
};

// This tablet's own id (made once, kept in the settings table) and the name the consultant gave it
// at sign-in: written beside every answer and note, so a conflict says which tablet said what.
import type { SamenspraakDb } from './db';
import { readSetting, writeSetting } from './settings';

const DEVICE_NAME_KEY = 'samenspraak-device-name';

/** The tablet's id; created on first use. Before sign-in it stands for the device the server does not know yet. */
export const loadTabletId = async (db: SamenspraakDb): Promise<string> => {
  const stored = await readSetting(db, 'tabletId');
  if (typeof stored === 'string' && stored) return stored;
  const id = crypto.randomUUID();
  await writeSetting(db, 'tabletId', id);
  return id;
};

/** The name given to this tablet at the last sign-in, if any. */
export const savedDeviceName = (): string | undefined => {
  try {
    return localStorage.getItem(DEVICE_NAME_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};

export const saveDeviceName = (name: string): void => {
  try {
    localStorage.setItem(DEVICE_NAME_KEY, name);
  } catch {
    // Without storage the name is asked again at the next sign-in; nothing else depends on it.
  }
};

// Remembers that the tablet is handed over to the inburgeraar, so the mode survives a reload.
import type { SamenspraakDb } from './db';
import { deleteSetting, readSetting, writeSetting } from './settings';

export interface Handover {
  caseId: string;
  conversationId: string;
  since: string;
}

export const loadHandover = async (db: SamenspraakDb): Promise<Handover | null> =>
  (await readSetting(db, 'handover')) ?? null;

export const saveHandover = async (db: SamenspraakDb, handover: Handover | null): Promise<void> => {
  if (handover) await writeSetting(db, 'handover', handover);
  else await deleteSetting(db, 'handover');
};

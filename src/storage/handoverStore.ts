// Remembers that the tablet is handed over to the inburgeraar, so the mode survives a reload.
import type { SamenspraakDb } from './db';

export interface Handover {
  caseId: string;
  conversationId: string;
  since: string;
}

const KEY = 'handover';

export const loadHandover = async (db: SamenspraakDb): Promise<Handover | null> =>
  ((await db.settings.get(KEY))?.value as Handover | undefined) ?? null;

export const saveHandover = async (db: SamenspraakDb, handover: Handover | null): Promise<void> => {
  if (handover) await db.settings.put({ key: KEY, value: handover });
  else await db.settings.delete(KEY);
};

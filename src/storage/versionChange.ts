// Dexie tells us when a newer app version wants to upgrade the database; we close and let the UI prompt.
import type { SamenspraakDb } from './db';

export const onDatabaseReplaced = (db: SamenspraakDb, notify: () => void): void => {
  db.on('versionchange', () => {
    db.close();
    notify();
    return false;
  });
};

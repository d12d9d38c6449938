// The app's single instances of the tablet database and case repository.
import { openDb } from '../storage/db';
import { CaseRepository } from '../storage/caseRepository';
import { onDatabaseReplaced } from '../storage/versionChange';
import { useAppStore } from './state/store';

export const db = openDb();
export const cases = new CaseRepository(db);

// A newer app version in another tab upgraded the database: treat it like a new service worker.
onDatabaseReplaced(db, () => useAppStore.getState().setUpdateReady(true));

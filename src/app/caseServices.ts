// The tablet's case repository: one instance over the tablet's database. Apart from services.ts (sync engine,
// wiping), so the lock screen can load it for a PIN wipe without a cycle; services.ts re-exports it.
import { CaseRepository } from '../storage/caseRepository';
import { db } from './coreServices';

export const cases = new CaseRepository(db);

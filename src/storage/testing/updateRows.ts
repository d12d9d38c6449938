// For tests: how many rows a case's y-indexeddb update log holds (one per stored update, one after compaction).
import { caseDocDbName } from '../caseDocPersistence';

export const updateRowsOf = (caseId: string) =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open(caseDocDbName(caseId));
    open.onsuccess = () => {
      const count = open.result.transaction(['updates'], 'readonly').objectStore('updates').count();
      count.onsuccess = () => {
        resolve(count.result);
        open.result.close();
      };
      count.onerror = () => reject(count.error);
    };
    open.onerror = () => reject(open.error);
  });

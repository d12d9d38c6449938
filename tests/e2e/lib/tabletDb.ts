// Reads what the app keeps in the tablet's IndexedDB, from the page: settings rows, the case index and the
// Yjs updates of a case doc (decoded here in Node with yjs, as the app would).
import type { Page } from 'playwright-core';
import * as Y from 'yjs';

/** Names of the IndexedDB databases of the page's origin. */
export const databaseNames = (page: Page): Promise<string[]> =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));

const readAll = (page: Page, dbName: string, store: string, key?: string): Promise<unknown[]> =>
  page.evaluate(
    ({ dbName, store, key }) =>
      new Promise<unknown[]>((resolve, reject) => {
        // Open without a version: never creates or upgrades anything the app owns.
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return resolve([]);
          }
          const request =
            key === undefined
              ? db.transaction(store).objectStore(store).getAll()
              : db.transaction(store).objectStore(store).get(key);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            const result: unknown = request.result;
            const rows =
              key === undefined ? (result as unknown[]) : result === undefined ? [] : [result];
            // Uint8Arrays do not cross page.evaluate: hand them over as plain arrays of bytes.
            resolve(rows.map((row) => (row instanceof Uint8Array ? Array.from(row) : row)));
          };
        };
      }),
    { dbName, store, key },
  );

/** A row of the app's settings table (e.g. 'session', 'handover', 'lockCounters'). */
export const readSetting = async <T>(page: Page, key: string): Promise<T | undefined> => {
  const [row] = (await readAll(page, 'samenspraak', 'settings', key)) as { value: T }[];
  return row?.value;
};

export interface CaseIndexRow {
  id: string;
  name: string;
  dirty: 0 | 1;
  syncState: string;
}

export const readCaseIndex = async (page: Page): Promise<CaseIndexRow[]> =>
  (await readAll(page, 'samenspraak', 'cases')) as CaseIndexRow[];

/** The case doc as stored on the tablet (y-indexeddb database samenspraak-case-<id>). */
export const readCaseDoc = async (page: Page, caseId: string): Promise<Y.Doc> => {
  const updates = (await readAll(page, `samenspraak-case-${caseId}`, 'updates')) as number[][];
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return doc;
};

/** The municipality's content as the tablet keeps it for offline use (the Dexie `catalog` table). */
export const readCatalog = (page: Page): Promise<unknown[]> =>
  readAll(page, 'samenspraak', 'catalog');

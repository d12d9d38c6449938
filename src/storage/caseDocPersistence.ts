// y-indexeddb persistence of one case Y.Doc, with a flush that proves a write reached IndexedDB.
import * as Y from 'yjs';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import { StorageError, toStorageError } from './errors';

export const caseDocDbName = (caseId: string): string => `samenspraak-case-${caseId}`;

const LOAD_TIMEOUT_MS = 8000;
/** After this many single updates the stored updates are merged into one. */
const COMPACT_EVERY = 500;

export interface CaseDocPersistence {
  readonly doc: Y.Doc;
  /** Resolves once every change made so far is committed in IndexedDB; rejects with a StorageError otherwise. */
  flush(): Promise<void>;
  /** Writes the whole state as one update and drops the old ones (on closing a case). */
  compact(): Promise<void>;
  destroy(): Promise<void>;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageError('timeout', 'The tablet storage did not answer in time.')),
      ms,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(toStorageError(error))),
    );
  });

const awaitTransaction = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(toStorageError(tx.error));
    tx.onerror = () => reject(toStorageError(tx.error));
  });

/** Opens (or creates) the IndexedDB copy of a case doc and waits until its content is loaded. */
export const openCaseDocPersistence = async (
  caseId: string,
  doc: Y.Doc = new Y.Doc({ guid: caseId }),
): Promise<CaseDocPersistence> => {
  const persistence = new IndexeddbPersistence(caseDocDbName(caseId), doc);
  await withTimeout(persistence.whenSynced, LOAD_TIMEOUT_MS);
  const db = persistence.db;
  if (!db) throw new StorageError('unavailable', 'The tablet storage cannot be used right now.');

  // y-indexeddb writes each update without reporting the result. Replace its writer with one that
  // tracks every write to its committed end, so `flush` can tell the UI the truth.
  const internals = persistence as unknown as { _storeUpdate: (update: Uint8Array, origin: unknown) => void };
  doc.off('update', internals._storeUpdate);
  const pending = new Set<Promise<void>>();
  let failure: StorageError | null = null;
  let writesSinceCompaction = 0;

  const write = (update: Uint8Array): void => {
    let done: Promise<void>;
    try {
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
      done = awaitTransaction(tx);
    } catch (error) {
      done = Promise.reject(toStorageError(error));
    }
    const tracked = done.catch((error: unknown) => {
      failure = toStorageError(error);
    });
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
    if (++writesSinceCompaction >= COMPACT_EVERY) {
      writesSinceCompaction = 0;
      void storeState(persistence, false).catch(() => undefined);
    }
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== persistence) write(update);
  };
  doc.on('update', onUpdate);

  let needsFullWrite = false;
  const flush = async (): Promise<void> => {
    if (needsFullWrite) {
      // An earlier write was lost, but the doc still holds it in memory: write the whole state again.
      needsFullWrite = false;
      write(Y.encodeStateAsUpdate(doc));
    }
    await Promise.all(pending);
    if (failure) {
      const error = failure;
      failure = null;
      needsFullWrite = true;
      throw error;
    }
  };

  return {
    doc,
    flush,
    compact: async () => {
      await flush();
      await storeState(persistence, true);
      await awaitTransaction(db.transaction(['updates'], 'readonly'));
    },
    destroy: async () => {
      doc.off('update', onUpdate);
      await persistence.destroy();
    },
  };
};

// y-indexeddb persistence of one case Y.Doc: each change written at once with a flush that proves it reached
// IndexedDB, and the log of updates merged into one row while the tablet idles (and on closing the case).
import * as Y from 'yjs';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE } from 'y-indexeddb';
import { StorageError, toStorageError } from './errors';
import { afterThenIdle } from './idle';

export const caseDocDbName = (caseId: string): string => `samenspraak-case-${caseId}`;

const LOAD_TIMEOUT_MS = 8000;
/** How long a compaction due waits at most for an idle moment. */
const COMPACT_IDLE_TIMEOUT_MS = 5000;

/** When the update log of an open case is compacted (always on closing it). */
export interface CompactionPolicy {
  /** A log of this many rows is compacted once the case had no write for `quietMs`. */
  minRows: number;
  quietMs: number;
  /** A shorter log (two rows or more) waits this long without a write. */
  longQuietMs: number;
  /** A log this long is compacted at the next idle moment, even while writes go on. */
  maxRows: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = {
  minRows: 32,
  quietMs: 2000,
  longQuietMs: 30_000,
  maxRows: PREFERRED_TRIM_SIZE,
};

export interface CaseDocPersistence {
  readonly doc: Y.Doc;
  /** Rows in the case's update log, as far as this tab knows. */
  readonly rows: number;
  /** Resolves once every change made so far is committed in IndexedDB; rejects with a StorageError otherwise. */
  flush(): Promise<void>;
  /** Resolves once every write started so far has ended, committed or not; never rejects. */
  settled(): Promise<void>;
  /** Merges the update log into one row: the doc's state, in one transaction with the removal of the old rows. */
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

/**
 * Ends a transaction's requests now (where the browser can: `commit()` is missing in older engines). A transaction
 * that already ended (aborted: a full disk) cannot be committed; its failure comes through its own events.
 */
const commitNow = (tx: IDBTransaction): void => {
  try {
    if (typeof tx.commit === 'function') tx.commit();
  } catch {
    // Reported by the transaction's abort or error event.
  }
};

/** What this tab knows of the rows in the log: those it loaded (keys below `loadedUpTo`) and those it wrote. */
interface KnownRows {
  loadedUpTo: number;
  own: Set<number>;
}

/**
 * One readwrite transaction: rows this tab neither loaded nor wrote (another tab on the same case, a late write
 * after an earlier close) are applied to the doc first, then the doc's state is added and every row before it
 * deleted. A write made meanwhile is a later transaction on the same store, so IndexedDB runs it after this one:
 * its row comes after the state and stays. Resolves with the key of the state row, undefined when nothing was
 * to merge.
 */
const compactLog = (
  db: IDBDatabase,
  doc: Y.Doc,
  origin: unknown,
  known: KnownRows,
): Promise<number | undefined> =>
  new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(['updates'], 'readwrite');
    } catch (error) {
      return reject(toStorageError(error));
    }
    let stateKey: number | undefined;
    awaitTransaction(tx).then(() => resolve(stateKey), reject);
    const store = tx.objectStore('updates');
    const keysRequest = store.getAllKeys();
    keysRequest.onsuccess = () => {
      const keys = keysRequest.result as number[];
      const foreign = keys.filter((key) => key >= known.loadedUpTo && !known.own.has(key));
      if (keys.length <= 1 && foreign.length === 0) return;
      const updates: Uint8Array[] = [];
      const writeState = () => {
        if (updates.length > 0)
          Y.transact(
            doc,
            () => updates.forEach((update) => Y.applyUpdate(doc, update)),
            origin,
            false,
          );
        const add = store.add(Y.encodeStateAsUpdate(doc));
        add.onsuccess = () => {
          stateKey = add.result as number;
          store.delete(IDBKeyRange.upperBound(stateKey, true));
        };
      };
      if (foreign.length === 0) return writeState();
      let left = foreign.length;
      for (const key of foreign) {
        const get = store.get(key);
        get.onsuccess = () => {
          if (get.result instanceof Uint8Array) updates.push(get.result);
          if (--left === 0) writeState();
        };
      }
    };
  });

/** Opens (or creates) the IndexedDB copy of a case doc and waits until its content is loaded. */
export const openCaseDocPersistence = async (
  caseId: string,
  doc: Y.Doc = new Y.Doc({ guid: caseId }),
  policy: CompactionPolicy = DEFAULT_COMPACTION,
): Promise<CaseDocPersistence> => {
  const persistence = new IndexeddbPersistence(caseDocDbName(caseId), doc);
  await withTimeout(persistence.whenSynced, LOAD_TIMEOUT_MS);
  const db = persistence.db;
  if (!db) throw new StorageError('unavailable', 'The tablet storage cannot be used right now.');
  // y-indexeddb counts the loaded rows in its loading transaction, after it says "synced": a transaction
  // started now runs after that one.
  await withTimeout(awaitTransaction(db.transaction(['updates'], 'readonly')), LOAD_TIMEOUT_MS);
  const internals = persistence as unknown as {
    _storeUpdate: (update: Uint8Array, origin: unknown) => void;
    _dbref: number;
    _dbsize: number;
  };
  const known: KnownRows = {
    loadedUpTo: Number.isFinite(internals._dbref) ? internals._dbref : 0,
    own: new Set(),
  };
  let rows = internals._dbsize || 1;

  // y-indexeddb writes each update without reporting the result, and trims its log by reading every update
  // again. Replace its writer with one that tracks every write to its committed end, so `flush` can tell the
  // UI the truth, and that knows its own rows, so compacting needs no re-read.
  doc.off('update', internals._storeUpdate);
  const pending = new Set<Promise<void>>();
  let failure: StorageError | null = null;
  let writesStarted = 0;
  let destroyed = false;
  let cancelScheduled: (() => void) | undefined;
  let compacting: Promise<void> = Promise.resolve();

  const schedule = (): void => {
    cancelScheduled?.();
    cancelScheduled = undefined;
    if (destroyed || rows < 2) return;
    const quiet =
      rows >= policy.maxRows ? 0 : rows >= policy.minRows ? policy.quietMs : policy.longQuietMs;
    cancelScheduled = afterThenIdle(
      () => {
        cancelScheduled = undefined;
        void compact().catch(() => undefined);
      },
      quiet,
      COMPACT_IDLE_TIMEOUT_MS,
    );
  };

  const write = (update: Uint8Array): void => {
    let done: Promise<void>;
    try {
      const tx = db.transaction(['updates'], 'readwrite');
      const add = tx.objectStore('updates').add(update);
      add.onsuccess = () => void known.own.add(add.result as number);
      done = awaitTransaction(tx);
      // Nothing more goes into this transaction: the browser commits it as soon as the add is done, without
      // first waiting for the page to hear of the add's success (which waits for whatever the tap re-renders).
      commitNow(tx);
    } catch (error) {
      done = Promise.reject(toStorageError(error));
    }
    writesStarted++;
    rows++;
    const tracked = done.catch((error: unknown) => {
      failure = toStorageError(error);
    });
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
    schedule();
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

  const compactOnce = async (): Promise<void> => {
    if (destroyed) return;
    const startedBefore = writesStarted;
    const stateKey = await compactLog(db, doc, persistence, known);
    if (stateKey === undefined) return;
    known.loadedUpTo = stateKey;
    for (const key of known.own) if (key < stateKey) known.own.delete(key);
    known.own.add(stateKey);
    // Writes started after the compaction began come after its row in the log, and stay.
    rows = 1 + (writesStarted - startedBefore);
    // A write lost earlier is in the state now.
    needsFullWrite = false;
  };
  const compact = (): Promise<void> => {
    cancelScheduled?.();
    cancelScheduled = undefined;
    const run = compacting.catch(() => undefined).then(compactOnce);
    compacting = run;
    return run;
  };

  // A log left long by an earlier session (or by y-indexeddb's own row at each open) is compacted in idle time too.
  schedule();

  return {
    doc,
    get rows() {
      return rows;
    },
    flush,
    settled: () => Promise.all(pending).then(() => undefined),
    compact,
    destroy: async () => {
      cancelScheduled?.();
      destroyed = true;
      doc.off('update', onUpdate);
      await compacting.catch(() => undefined);
      await persistence.destroy();
    },
  };
};

/**
 * Appends one update to a case's log without opening the case (a change made to a doc after its case was closed).
 * Does nothing when the case's database is gone (the case was removed from the tablet).
 */
export const appendUpdate = (caseId: string, update: Uint8Array): Promise<void> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open(caseDocDbName(caseId));
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onerror = () => (created ? resolve() : reject(toStorageError(request.error)));
    request.onsuccess = () => {
      const db = request.result;
      try {
        const tx = db.transaction(['updates'], 'readwrite');
        tx.objectStore('updates').add(update);
        awaitTransaction(tx)
          .then(resolve, reject)
          .finally(() => db.close());
      } catch (error) {
        db.close();
        reject(toStorageError(error));
      }
    };
  });

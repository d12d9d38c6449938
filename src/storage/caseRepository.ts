// Cases on this tablet: create, open and close (one Y.Doc per open case, held by the screens and the sync that use
// it, closed and compacted a moment after the last of them lets go), the Dexie index derived from each doc, and the
// per-case sync marks (dirty, changes waiting, synced, error) the sync engine sets.
import type * as Y from 'yjs';
import { caseIdOf, LOCAL_ORIGIN } from '../domain/schema';
import { createCase, type CreateCaseInput } from '../domain/commands';
import { migrateCaseDoc } from '../domain/migrations';
import { casesToPurge } from '../domain/retention';
import { summarizeCase } from '../domain/summary';
import { REFUSED_FOR_GOOD } from '../protocol/refusals';
import {
  appendUpdate,
  caseDocDbName,
  DEFAULT_COMPACTION,
  openCaseDocPersistence,
  type CaseDocPersistence,
  type CompactionPolicy,
} from './caseDocPersistence';
import type { CaseRow, SamenspraakDb } from './db';
import { StorageError, toStorageError } from './errors';
import { afterThenIdle } from './idle';

/**
 * One hold on an open case. The case stays open while any hold is kept; `release` ends this one, and the case
 * is compacted and closed a moment after the last hold ends.
 */
export interface CaseHandle {
  readonly caseId: string;
  readonly doc: Y.Doc;
  /** Resolves once all local changes are in IndexedDB and the case index says they wait for the server. */
  save(): Promise<void>;
  /**
   * Resolves once all local changes are committed in IndexedDB: what a tap waits for. The index row counts
   * them a moment later, together with the changes that follow (`indexed`).
   */
  commit(): Promise<void>;
  /** Resolves once the index row counts every change committed so far. */
  indexed(): Promise<void>;
  /** Resolves once every change made so far has been written, or has failed to be (never rejects). */
  stored(): Promise<void>;
  /** A further hold on the same open case (e.g. for the time of one command); undefined once it is closed. */
  retain(): CaseHandle | undefined;
  /** Ends this hold (again: nothing). */
  release(): void;
}

/** How long things wait: the defaults suit the tablet, tests pass shorter ones. */
export interface RepositoryTiming {
  /** An open case no screen holds stays open this long (the next screen often wants it again). */
  closeGraceMs: number;
  /** At most this many cases wait out their grace; the oldest of more closes at once, so memory stays flat. */
  maxIdleOpen: number;
  /** Saves within this time after a first one share one write of the index row (then it waits for idle time). */
  indexDelayMs: number;
  compaction: CompactionPolicy;
}

const DEFAULT_TIMING: RepositoryTiming = {
  closeGraceMs: 5000,
  maxIdleOpen: 2,
  indexDelayMs: 500,
  compaction: DEFAULT_COMPACTION,
};
const INDEX_IDLE_TIMEOUT_MS = 1000;
/** Changes that arrive from elsewhere (sync) refresh the index this long after the last of them. */
const REMOTE_INDEX_DELAY_MS = 300;

type HoldKind = 'screen' | 'sync';

interface Entry {
  readonly caseId: string;
  readonly doc: Y.Doc;
  readonly persistence: CaseDocPersistence;
  readonly holds: Record<HoldKind, number>;
  /** Closing or closed: no new holds, its changes are written late (`lateWrites`). */
  closed: boolean;
  /** No screen has held it for the grace period. */
  graceOver: boolean;
  graceTimer?: ReturnType<typeof setTimeout>;
  /** The sync was told that no screen needs the case any more. */
  syncTold: boolean;
  /** Local saves the index row does not count yet. */
  unindexed: number;
  /** A batched index write waiting for its moment. */
  scheduled?: { cancel(): void; done: Promise<void>; settle(run: Promise<void>): void };
  /** Index writes, one after the other. */
  indexing: Promise<void>;
  remoteTimer?: ReturnType<typeof setTimeout>;
  stopRemote(): void;
  /** The index row is known to say "changes waiting": later saves may wait to be counted. */
  rowDirty: boolean;
  /** Changes made to the doc after its case was closed, written to its log one by one. */
  lateWrites: Promise<void>;
}

const deleteDatabase = (name: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(toStorageError(request.error));
    // Another tab still has it open: it is deleted as soon as that tab lets go.
    request.onblocked = () => resolve();
  });

/** How a change reached the doc: typed here on the tablet, or received from the server. */
type ChangeSource = 'local' | 'remote';

/** The sync marks of a row after `count` local changes: dirty, waiting (or still refused for good, and why). */
const afterLocalChanges = (
  previous: CaseRow | undefined,
  count: number,
): Pick<CaseRow, 'dirty' | 'syncState' | 'pendingChanges'> => {
  // A refusal for good (too large, another device's id) still holds after a new change: keep saying why.
  const refused =
    previous?.syncState === 'error' &&
    previous.syncError !== undefined &&
    REFUSED_FOR_GOOD.has(previous.syncError);
  return {
    dirty: 1,
    syncState: refused ? 'error' : 'waiting',
    pendingChanges: (previous?.pendingChanges ?? 0) + count,
  };
};

export class CaseRepository {
  /** Cases being opened or open, by id. */
  private readonly open = new Map<string, Promise<Entry>>();
  private readonly entries = new Map<string, Entry>();
  private readonly closing = new Map<string, Promise<void>>();
  /** Open cases that no screen holds, waiting out their grace, oldest first. */
  private readonly idle = new Set<Entry>();
  private readonly notInUseListeners = new Set<(caseId: string) => void>();
  private readonly timing: RepositoryTiming;

  constructor(
    private readonly db: SamenspraakDb,
    private readonly clock: () => string = () => new Date().toISOString(),
    timing: Partial<RepositoryTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  /** Creates a case offline: the doc and its index row are both stored before this resolves. */
  async create(input: Omit<CreateCaseInput, 'now'>): Promise<CaseHandle> {
    const handle = await this.openHandle(input.id, { mustExist: false, rowDirty: false }, 'screen');
    try {
      createCase(handle.doc, { ...input, now: this.clock() });
      await handle.save();
    } catch (error) {
      handle.release();
      throw error;
    }
    await this.audit('case-created', input.id);
    return handle;
  }

  /** Opens a case listed in the index (a hold for a screen). Throws StorageError('not-found') for an unknown id. */
  async get(caseId: string): Promise<CaseHandle> {
    const known = await this.db.cases.get(caseId);
    if (!known) throw new StorageError('not-found', `No case ${caseId} on this tablet.`);
    const handle = await this.openHandle(
      caseId,
      { mustExist: true, rowDirty: known.dirty === 1 },
      'screen',
    );
    await this.audit('case-opened', caseId);
    return handle;
  }

  /**
   * Opens a case for the sync engine: a listed case, or one the server has and this tablet not yet
   * (it is indexed once its content arrives).
   */
  async openForSync(caseId: string): Promise<CaseHandle> {
    const known = await this.db.cases.get(caseId);
    return this.openHandle(caseId, { mustExist: !!known, rowDirty: known?.dirty === 1 }, 'sync');
  }

  /** Whether a screen holds the case (the sync then keeps it live). */
  inUse(caseId: string): boolean {
    return (this.entries.get(caseId)?.holds.screen ?? 0) > 0;
  }

  /** Whether the case's doc is in memory (open, or waiting out its grace). */
  isOpen(caseId: string): boolean {
    return this.open.has(caseId);
  }

  /**
   * Tells the sync engine about an open case that no screen has needed for a while: the case closes once the
   * sync lets go of it too.
   */
  onNotInUse(listener: (caseId: string) => void): () => void {
    this.notInUseListeners.add(listener);
    return () => void this.notInUseListeners.delete(listener);
  }

  /** The case's index row (summary and sync state), undefined when it is not on this tablet. */
  row(caseId: string): Promise<CaseRow | undefined> {
    return this.db.cases.get(caseId);
  }

  async isOnTablet(caseId: string): Promise<boolean> {
    return (await this.db.cases.get(caseId)) !== undefined;
  }

  /** Ids of cases with changes the server has not durably stored. */
  async dirtyCaseIds(): Promise<string[]> {
    return (await this.db.cases.where('dirty').equals(1).primaryKeys()) as string[];
  }

  /**
   * The server has durably stored every change up to now. `localChangesAtAck` guards against a local
   * change that raced with the acknowledgement: then the case stays dirty. Resolves true when nothing of the
   * case waits for the server now (marked synced, or not indexed yet: a case still arriving).
   */
  async markSynced(caseId: string, localChangesAtAck: number): Promise<boolean> {
    const entry = this.entries.get(caseId);
    // Saves not counted yet count now: one of them may be the change that came after the acknowledgement.
    if (entry) await this.flushIndex(entry).catch(() => undefined);
    let marked = false;
    await this.db.transaction('rw', this.db.cases, async () => {
      const row = await this.db.cases.get(caseId);
      if (!row) return void (marked = true);
      if ((row.pendingChanges ?? 0) !== localChangesAtAck) return;
      await this.db.cases.update(caseId, {
        dirty: 0,
        pendingChanges: 0,
        syncState: 'synced',
        syncError: undefined,
        syncedAt: this.clock(),
      });
      marked = true;
    });
    if (marked && entry) entry.rowDirty = false;
    return marked;
  }

  async markSyncError(caseId: string, reason: string): Promise<void> {
    await this.db.cases.update(caseId, { syncState: 'error', syncError: reason });
  }

  /** Local saves the server has not acknowledged, counting those the index row has not counted yet. */
  async pendingChanges(caseId: string): Promise<number> {
    const entry = this.entries.get(caseId);
    if (entry) await this.flushIndex(entry).catch(() => undefined);
    return (await this.db.cases.get(caseId))?.pendingChanges ?? 0;
  }

  /**
   * Removes a case from this tablet. Refused (StorageError 'not-synced') while the server has not
   * durably stored all of it, so no word is lost.
   */
  async removeFromTablet(
    caseId: string,
    reason: 'by-consultant' | 'retention' | 'pin-wipe' | 'device-revoked' | 'deleted-on-server',
  ): Promise<void> {
    const entry = this.entries.get(caseId);
    if (entry) await this.flushIndex(entry).catch(() => undefined);
    const row = await this.db.cases.get(caseId);
    if (!row) return;
    // A case erased on the server (AVG request) goes even with unsynced changes: the server refuses them anyway.
    if (row.dirty !== 0 && reason !== 'deleted-on-server') {
      throw new StorageError(
        'not-synced',
        `Case ${caseId} has changes that are not on the server yet.`,
      );
    }
    await this.closeCase(caseId, { forGood: true });
    await deleteDatabase(caseDocDbName(caseId));
    await this.db.transaction('rw', this.db.cases, this.db.media, this.db.audit, async () => {
      await this.db.cases.delete(caseId);
      await this.db.media.where('caseId').equals(caseId).delete();
      await this.db.audit.add({ at: this.clock(), action: 'case-wiped', caseId, detail: reason });
    });
  }

  /** Removes synced cases untouched for `days` days (local retention); returns the removed ids. */
  async purgeExpired(days: number, now: string = this.clock()): Promise<string[]> {
    const ids = casesToPurge(await this.db.cases.toArray(), now, days, new Set(this.open.keys()));
    for (const id of ids) await this.removeFromTablet(id, 'retention');
    return ids;
  }

  /** Removes everything this app keeps on the tablet (a revoked device). */
  async wipeEverything(): Promise<void> {
    const rows = await this.db.cases.toArray();
    await this.closeEvery({ forGood: true });
    // Also the case databases not (yet) in the index: a case still downloading when the tablet went off.
    const listed = (await indexedDB.databases?.())?.map((d) => d.name ?? '') ?? [];
    const names = new Set([
      ...rows.map((row) => row.docDb),
      ...listed.filter((name) => name.startsWith(caseDocDbName(''))),
    ]);
    for (const name of names) await deleteDatabase(name);
    await this.db.delete();
  }

  /** Removes every case that is safely on the server; returns the ids of cases kept because they are not. */
  async wipeSynced(
    reason: 'pin-wipe' | 'device-revoked',
  ): Promise<{ removed: string[]; kept: string[] }> {
    await Promise.all(
      [...this.entries.values()].map((entry) => this.flushIndex(entry).catch(() => undefined)),
    );
    const rows = await this.db.cases.toArray();
    const removed: string[] = [];
    const kept: string[] = [];
    for (const row of rows) {
      if (row.dirty === 0) {
        await this.removeFromTablet(row.id, reason);
        removed.push(row.id);
      } else kept.push(row.id);
    }
    return { removed, kept };
  }

  /** Writes what waits, compacts and closes an open case now, whoever holds it (e.g. before the app stops). */
  close(caseId: string): Promise<void> {
    return this.closeCase(caseId, { forGood: false });
  }

  closeAll(): Promise<void> {
    return this.closeEvery({ forGood: false });
  }

  search(query: string): Promise<CaseRow[]> {
    const q = query.trim().toLocaleLowerCase();
    const rows = q
      ? this.db.cases.filter((row) => row.searchName.includes(q)).toArray()
      : this.db.cases.toArray();
    // ISO times sort as plain strings; localeCompare (ICU) costs tens of ms over thousands of rows on a tablet.
    return rows.then((list) =>
      list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
    );
  }

  /** Notes in the tablet's audit log that the consultant exported a case (AVG inzage). */
  recordExport(caseId: string): Promise<unknown> {
    return this.audit('case-exported', caseId);
  }

  private audit(action: 'case-created' | 'case-opened' | 'case-exported', caseId: string) {
    return this.db.audit.add({ at: this.clock(), action, caseId });
  }

  // ---- Opening, holding and closing -------------------------------------------------------------------------

  private async openHandle(
    caseId: string,
    how: { mustExist: boolean; rowDirty: boolean },
    kind: HoldKind,
  ): Promise<CaseHandle> {
    // A case closing right now is opened again once its log is written and compacted.
    for (let closing = this.closing.get(caseId); closing; closing = this.closing.get(caseId))
      await closing.catch(() => undefined);
    let loading = this.open.get(caseId);
    if (!loading) {
      const started = this.load(caseId, how);
      loading = started;
      this.open.set(caseId, started);
      started.catch(() => {
        if (this.open.get(caseId) === started) this.open.delete(caseId);
      });
    }
    const entry = await loading;
    // Closed meanwhile (its last hold ended just before this one came): open it again.
    if (entry.closed) return this.openHandle(caseId, how, kind);
    return this.hold(entry, kind);
  }

  private hold(entry: Entry, kind: HoldKind): CaseHandle {
    entry.holds[kind]++;
    this.holdsChanged(entry);
    let released = false;
    return {
      caseId: entry.caseId,
      doc: entry.doc,
      save: () => this.save(entry),
      commit: () => this.commit(entry),
      indexed: () => entry.scheduled?.done ?? entry.indexing,
      stored: () => entry.persistence.settled(),
      retain: () => (entry.closed ? undefined : this.hold(entry, kind)),
      release: () => {
        if (released) return;
        released = true;
        if (entry.closed) return;
        entry.holds[kind]--;
        this.holdsChanged(entry);
      },
    };
  }

  /**
   * A screen holds the case: it stays. No screen: it waits out its grace (a screen that follows takes it
   * again), then the sync is told, and once the sync lets go too it is closed.
   */
  private holdsChanged(entry: Entry): void {
    if (entry.closed) return;
    if (entry.holds.screen > 0) {
      clearTimeout(entry.graceTimer);
      entry.graceTimer = undefined;
      entry.graceOver = false;
      entry.syncTold = false;
      this.idle.delete(entry);
      return;
    }
    if (!entry.graceOver) {
      if (this.idle.has(entry)) return;
      this.idle.add(entry);
      entry.graceTimer = setTimeout(() => this.endGrace(entry), this.timing.closeGraceMs);
      if (this.idle.size > this.timing.maxIdleOpen) this.endGrace(this.idle.values().next().value!);
      return;
    }
    if (entry.holds.sync > 0) {
      if (entry.syncTold) return;
      entry.syncTold = true;
      queueMicrotask(() => {
        if (entry.closed || !entry.syncTold) return;
        for (const listener of [...this.notInUseListeners]) listener(entry.caseId);
      });
      return;
    }
    void this.shutdown(entry, { forGood: false });
  }

  private endGrace(entry: Entry): void {
    clearTimeout(entry.graceTimer);
    entry.graceTimer = undefined;
    this.idle.delete(entry);
    entry.graceOver = true;
    this.holdsChanged(entry);
  }

  private async closeCase(caseId: string, how: { forGood: boolean }): Promise<void> {
    const loading = this.open.get(caseId);
    const entry = loading ? await loading.catch(() => undefined) : undefined;
    if (entry) await this.shutdown(entry, how);
    else await this.closing.get(caseId);
  }

  private async closeEvery(how: { forGood: boolean }): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.closeCase(id, how)));
    await Promise.all([...this.closing.values()].map((closing) => closing.catch(() => undefined)));
  }

  /**
   * Closes a case: what waits is written (the last changes, the index row), the log compacted into one row, the
   * database closed and the doc let go. A change still made to the doc later (by someone who kept it after letting
   * go) is written to the log on its own, and marks the case dirty. Removing it for good skips all that.
   */
  private shutdown(entry: Entry, { forGood }: { forGood: boolean }): Promise<void> {
    const { caseId } = entry;
    if (entry.closed) return this.closing.get(caseId) ?? Promise.resolve();
    entry.closed = true;
    clearTimeout(entry.graceTimer);
    this.idle.delete(entry);
    if (this.entries.get(caseId) === entry) {
      this.entries.delete(caseId);
      this.open.delete(caseId);
    }
    const { persistence, doc } = entry;
    const done = (async () => {
      entry.stopRemote();
      if (forGood) {
        entry.scheduled?.cancel();
        entry.scheduled?.settle(Promise.resolve());
        entry.scheduled = undefined;
        clearTimeout(entry.remoteTimer);
      } else {
        await persistence.flush().catch(() => undefined);
        if (entry.remoteTimer !== undefined) {
          clearTimeout(entry.remoteTimer);
          await this.indexRemote(entry).catch(() => undefined);
        }
        await this.flushIndex(entry).catch(() => undefined);
        await persistence.compact().catch(() => undefined);
      }
      await persistence.destroy();
      if (!forGood) doc.on('update', (update: Uint8Array) => this.writeLate(entry, update));
    })();
    const tracked = done.finally(() => {
      if (this.closing.get(caseId) === tracked) this.closing.delete(caseId);
    });
    this.closing.set(caseId, tracked);
    return tracked;
  }

  private writeLate(entry: Entry, update: Uint8Array): void {
    entry.lateWrites = entry.lateWrites
      .catch(() => undefined)
      .then(async () => {
        await appendUpdate(entry.caseId, update);
        await this.db.transaction('rw', this.db.cases, async () => {
          const row = await this.db.cases.get(entry.caseId);
          if (row) await this.db.cases.put({ ...row, ...afterLocalChanges(row, 1) });
        });
      });
  }

  // ---- Saving and the index row -----------------------------------------------------------------------------

  private async save(entry: Entry): Promise<void> {
    if (entry.closed) return entry.lateWrites;
    await entry.persistence.flush();
    entry.unindexed++;
    await this.flushIndex(entry);
  }

  private async commit(entry: Entry): Promise<void> {
    if (entry.closed) return entry.lateWrites;
    await entry.persistence.flush();
    entry.unindexed++;
    this.scheduleIndex(entry);
  }

  /**
   * The index row counts saves in batches: the first save after the row said "synced" marks it dirty at once
   * (a moment after the tap's own write and render: a case with a change must never look synced, e.g. to a PIN
   * wipe); later saves are counted together, after a short delay and in idle time.
   */
  private scheduleIndex(entry: Entry): void {
    if (entry.scheduled) return;
    let settle: (run: Promise<void>) => void = () => undefined;
    const done = new Promise<void>((resolve, reject) => {
      settle = (run) => void run.then(resolve, reject);
    });
    void done.catch(() => undefined);
    const run = () => void this.flushIndex(entry).catch(() => undefined);
    let cancel: () => void;
    if (entry.rowDirty && !entry.closed)
      cancel = afterThenIdle(run, this.timing.indexDelayMs, INDEX_IDLE_TIMEOUT_MS);
    else {
      const timer = setTimeout(run, 0);
      cancel = () => clearTimeout(timer);
    }
    entry.scheduled = { cancel, done, settle };
  }

  /** Writes the index row now for every save it does not count yet. */
  private flushIndex(entry: Entry): Promise<void> {
    const scheduled = entry.scheduled;
    entry.scheduled = undefined;
    scheduled?.cancel();
    const run = entry.indexing
      .catch(() => undefined)
      .then(async () => {
        const count = entry.unindexed;
        if (count === 0) return;
        entry.unindexed = 0;
        try {
          await this.index(entry.doc, 'local', count);
          entry.rowDirty = true;
        } catch (error) {
          entry.unindexed += count;
          throw error;
        }
      });
    entry.indexing = run;
    scheduled?.settle(run);
    return run;
  }

  private indexRemote(entry: Entry): Promise<void> {
    entry.remoteTimer = undefined;
    const run = entry.indexing
      .catch(() => undefined)
      .then(async () => {
        await entry.persistence.settled();
        await this.index(entry.doc, 'remote');
      });
    entry.indexing = run;
    return run;
  }

  /** Writes the index row of a case from its doc. Local changes mark it dirty; remote ones keep its marks. */
  private async index(doc: Y.Doc, source: ChangeSource, count = 1): Promise<void> {
    if (!caseIdOf(doc)) return;
    const summary = summarizeCase(doc, this.clock());
    try {
      await this.db.transaction('rw', this.db.cases, async () => {
        const previous = await this.db.cases.get(summary.id);
        const base = {
          ...summary,
          docDb: caseDocDbName(summary.id),
          searchName: summary.name.toLocaleLowerCase(),
        };
        if (source === 'local') {
          await this.db.cases.put({ ...previous, ...base, ...afterLocalChanges(previous, count) });
        } else {
          await this.db.cases.put({
            dirty: 0,
            syncState: 'synced',
            pendingChanges: 0,
            ...previous,
            ...base,
            updatedAt: previous?.updatedAt ?? summary.updatedAt,
          });
        }
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private async load(
    caseId: string,
    { mustExist, rowDirty }: { mustExist: boolean; rowDirty: boolean },
  ): Promise<Entry> {
    const persistence = await openCaseDocPersistence(caseId, undefined, this.timing.compaction);
    const { doc } = persistence;
    if (mustExist && !caseIdOf(doc)) {
      await persistence.destroy();
      // Never hand out an empty doc for a case that should have content: it could overwrite the real one.
      throw new StorageError(
        'not-found',
        `The saved conversation of case ${caseId} could not be read.`,
      );
    }
    migrateCaseDoc(doc);
    const entry: Entry = {
      caseId,
      doc,
      persistence,
      holds: { screen: 0, sync: 0 },
      closed: false,
      graceOver: false,
      syncTold: false,
      unindexed: 0,
      indexing: Promise.resolve(),
      stopRemote: () => doc.off('update', onRemote),
      rowDirty,
      lateWrites: Promise.resolve(),
    };
    // Changes that arrive from elsewhere (sync) also refresh the index, a moment later.
    const onRemote = (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN || entry.closed) return;
      clearTimeout(entry.remoteTimer);
      entry.remoteTimer = setTimeout(
        () => void this.indexRemote(entry).catch(() => undefined),
        REMOTE_INDEX_DELAY_MS,
      );
    };
    doc.on('update', onRemote);
    this.entries.set(caseId, entry);
    return entry;
  }
}

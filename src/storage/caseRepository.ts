// Cases on this tablet: create, open (one live handle per case), the Dexie index derived from each doc,
// and the per-case sync marks (dirty, changes waiting, synced, error) the sync engine sets.
import type * as Y from 'yjs';
import { caseIdOf, LOCAL_ORIGIN } from '../domain/schema';
import { createCase, type CreateCaseInput } from '../domain/commands';
import { migrateCaseDoc } from '../domain/migrations';
import { casesToPurge } from '../domain/retention';
import { summarizeCase } from '../domain/summary';
import { REFUSED_FOR_GOOD } from '../protocol/refusals';
import { openCaseDocPersistence, caseDocDbName, type CaseDocPersistence } from './caseDocPersistence';
import type { CaseRow, SamenspraakDb } from './db';
import { StorageError, toStorageError } from './errors';

export interface CaseHandle {
  readonly caseId: string;
  readonly doc: Y.Doc;
  /** Resolves once all local changes are in IndexedDB and the case index says they wait for the server. */
  save(): Promise<void>;
}

type Entry = { handle: CaseHandle; persistence: CaseDocPersistence };

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

export class CaseRepository {
  private readonly open = new Map<string, Promise<Entry>>();

  constructor(
    private readonly db: SamenspraakDb,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  /** Creates a case offline: the doc and its index row are both stored before this resolves. */
  async create(input: Omit<CreateCaseInput, 'now'>): Promise<CaseHandle> {
    const handle = await this.openHandle(input.id, { mustExist: false });
    createCase(handle.doc, { ...input, now: this.clock() });
    await handle.save();
    await this.audit('case-created', input.id);
    return handle;
  }

  /** Opens a case listed in the index. Throws StorageError('not-found') for an unknown id. */
  async get(caseId: string): Promise<CaseHandle> {
    const known = await this.db.cases.get(caseId);
    if (!known) throw new StorageError('not-found', `No case ${caseId} on this tablet.`);
    const handle = await this.openHandle(caseId, { mustExist: true });
    await this.audit('case-opened', caseId);
    return handle;
  }

  /**
   * Opens a case for the sync engine: a listed case, or one the server has and this tablet not yet
   * (it is indexed once its content arrives).
   */
  async openForSync(caseId: string): Promise<CaseHandle> {
    const known = await this.db.cases.get(caseId);
    return this.openHandle(caseId, { mustExist: !!known });
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
   * The server has durably stored every change up to now. `unchangedSince` guards against a local
   * change that raced with the acknowledgement: then the case stays dirty.
   */
  async markSynced(caseId: string, localChangesAtAck: number): Promise<void> {
    await this.db.transaction('rw', this.db.cases, async () => {
      const row = await this.db.cases.get(caseId);
      if (!row || (row.pendingChanges ?? 0) !== localChangesAtAck) return;
      await this.db.cases.update(caseId, { dirty: 0, pendingChanges: 0, syncState: 'synced', syncError: undefined, syncedAt: this.clock() });
    });
  }

  async markSyncError(caseId: string, reason: string): Promise<void> {
    await this.db.cases.update(caseId, { syncState: 'error', syncError: reason });
  }

  async pendingChanges(caseId: string): Promise<number> {
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
    const row = await this.db.cases.get(caseId);
    if (!row) return;
    // A case erased on the server (AVG request) goes even with unsynced changes: the server refuses them anyway.
    if (row.dirty !== 0 && reason !== 'deleted-on-server') {
      throw new StorageError('not-synced', `Case ${caseId} has changes that are not on the server yet.`);
    }
    await this.close(caseId);
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
    await this.closeAll();
    // Also the case databases not (yet) in the index: a case still downloading when the tablet went off.
    const listed = (await indexedDB.databases?.())?.map((d) => d.name ?? '') ?? [];
    const names = new Set([...rows.map((row) => row.docDb), ...listed.filter((name) => name.startsWith(caseDocDbName('')))]);
    for (const name of names) await deleteDatabase(name);
    await this.db.delete();
  }

  /** Removes every case that is safely on the server; returns the ids of cases kept because they are not. */
  async wipeSynced(reason: 'pin-wipe' | 'device-revoked'): Promise<{ removed: string[]; kept: string[] }> {
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

  /** Compacts and closes an open case (e.g. when leaving the case). */
  async close(caseId: string): Promise<void> {
    const entry = this.open.get(caseId);
    if (!entry) return;
    this.open.delete(caseId);
    const { persistence } = await entry;
    await persistence.compact().catch(() => undefined);
    await persistence.destroy();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.close(id)));
  }

  search(query: string): Promise<CaseRow[]> {
    const q = query.trim().toLocaleLowerCase();
    const rows = q
      ? this.db.cases.filter((row) => row.searchName.includes(q)).toArray()
      : this.db.cases.toArray();
    // ISO times sort as plain strings; localeCompare (ICU) costs tens of ms over thousands of rows on a tablet.
    return rows.then((list) => list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)));
  }

  /** Notes in the tablet's audit log that the consultant exported a case (AVG inzage). */
  recordExport(caseId: string): Promise<unknown> {
    return this.audit('case-exported', caseId);
  }

  private audit(action: 'case-created' | 'case-opened' | 'case-exported', caseId: string) {
    return this.db.audit.add({ at: this.clock(), action, caseId });
  }

  private openHandle(caseId: string, { mustExist }: { mustExist: boolean }): Promise<CaseHandle> {
    let entry = this.open.get(caseId);
    if (!entry) {
      entry = this.load(caseId, mustExist);
      this.open.set(caseId, entry);
      entry.catch(() => this.open.delete(caseId));
    }
    return entry.then((e) => e.handle);
  }

  /** Writes the index row of a case from its doc. Local changes mark it dirty; remote ones keep its marks. */
  private async index(doc: Y.Doc, source: ChangeSource): Promise<void> {
    if (!caseIdOf(doc)) return;
    const summary = summarizeCase(doc, this.clock());
    try {
      await this.db.transaction('rw', this.db.cases, async () => {
        const previous = await this.db.cases.get(summary.id);
        const base = { ...summary, docDb: caseDocDbName(summary.id), searchName: summary.name.toLocaleLowerCase() };
        if (source === 'local') {
          // A refusal for good (too large, another device's id) still holds after a new change: keep saying why.
          const refused = previous?.syncState === 'error' && previous.syncError !== undefined && REFUSED_FOR_GOOD.has(previous.syncError);
          await this.db.cases.put({ ...previous, ...base, dirty: 1, syncState: refused ? 'error' : 'waiting', pendingChanges: (previous?.pendingChanges ?? 0) + 1 });
        } else {
          await this.db.cases.put({ dirty: 0, syncState: 'synced', pendingChanges: 0, ...previous, ...base, updatedAt: previous?.updatedAt ?? summary.updatedAt });
        }
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private async load(caseId: string, mustExist: boolean): Promise<Entry> {
    const persistence = await openCaseDocPersistence(caseId);
    const { doc } = persistence;
    if (mustExist && !caseIdOf(doc)) {
      await persistence.destroy();
      // Never hand out an empty doc for a case that should have content: it could overwrite the real one.
      throw new StorageError('not-found', `The saved conversation of case ${caseId} could not be read.`);
    }
    migrateCaseDoc(doc);
    // Changes that arrive from elsewhere (sync) also refresh the index, a moment later.
    let pending: ReturnType<typeof setTimeout> | undefined;
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) return;
      clearTimeout(pending);
      pending = setTimeout(() => void persistence.flush().then(() => this.index(doc, 'remote')).catch(() => undefined), 300);
    });
    const save = async () => {
      await persistence.flush();
      await this.index(doc, 'local');
    };
    return { handle: { caseId, doc, save }, persistence };
  }
}

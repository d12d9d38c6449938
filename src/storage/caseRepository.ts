// Cases on this tablet: create, open (one live handle per case), and the Dexie index derived from each doc.
import * as Y from 'yjs';
import { caseIdOf } from '../domain/caseDoc';
import { LOCAL_ORIGIN, createCase, type CreateCaseInput } from '../domain/commands';
import { migrateCaseDoc } from '../domain/migrations';
import { summarizeCase } from '../domain/summary';
import { openCaseDocPersistence, caseDocDbName, type CaseDocPersistence } from './caseDocPersistence';
import type { CaseRow, SamenspraakDb } from './db';
import { StorageError, toStorageError } from './errors';

export interface CaseHandle {
  readonly caseId: string;
  readonly doc: Y.Doc;
  /** Resolves once all changes are in IndexedDB and the case index row is up to date. */
  save(): Promise<void>;
}

const toRow = (doc: Y.Doc, now: string): CaseRow => {
  const summary = summarizeCase(doc, now);
  return {
    ...summary,
    docDb: caseDocDbName(summary.id),
    dirty: 1,
    syncState: 'local',
    searchName: summary.name.toLocaleLowerCase(),
  };
};

export class CaseRepository {
  private readonly open = new Map<string, Promise<{ handle: CaseHandle; persistence: CaseDocPersistence }>>();

  constructor(
    private readonly db: SamenspraakDb,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  /** Creates a case offline: the doc and its index row are both stored before this resolves. */
  async create(input: Omit<CreateCaseInput, 'now'>): Promise<CaseHandle> {
    const handle = await this.openHandle(input.id, { mustExist: false });
    createCase(handle.doc, { ...input, now: this.clock() });
    await handle.save();
    await this.db.audit.add({ at: this.clock(), action: 'case-created', caseId: input.id });
    return handle;
  }

  /** Opens a case listed in the index. Throws StorageError('not-found') for an unknown id. */
  async get(caseId: string): Promise<CaseHandle> {
    const known = await this.db.cases.get(caseId);
    if (!known) throw new StorageError('not-found', `No case ${caseId} on this tablet.`);
    const handle = await this.openHandle(caseId, { mustExist: true });
    await this.db.audit.add({ at: this.clock(), action: 'case-opened', caseId });
    return handle;
  }

  /** Compacts and closes every open case (e.g. when leaving the case). */
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
    return rows.then((list) => list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
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

  private async load(caseId: string, mustExist: boolean) {
    const persistence = await openCaseDocPersistence(caseId);
    const { doc } = persistence;
    if (mustExist && !caseIdOf(doc)) {
      await persistence.destroy();
      // Never hand out an empty doc for a case that should have content: it could overwrite the real one.
      throw new StorageError('not-found', `The saved conversation of case ${caseId} could not be read.`);
    }
    migrateCaseDoc(doc);
    const save = async () => {
      await persistence.flush();
      if (!caseIdOf(doc)) return;
      try {
        const previous = await this.db.cases.get(caseId);
        await this.db.cases.put({ ...toRow(doc, this.clock()), ...(previous ? { syncState: previous.syncState === 'synced' ? 'waiting' : previous.syncState } : {}) });
      } catch (error) {
        throw toStorageError(error);
      }
    };
    // Changes that arrive from elsewhere (sync, migration) also refresh the index, a moment later.
    let pending: ReturnType<typeof setTimeout> | undefined;
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) return;
      clearTimeout(pending);
      pending = setTimeout(() => void save().catch(() => undefined), 300);
    });
    const handle: CaseHandle = { caseId, doc, save };
    return { handle, persistence };
  }
}

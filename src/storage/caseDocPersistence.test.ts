// The update log of a case doc: compacted into one row in idle time without reading the log again, and never
// at the cost of a write made while it compacts or of a row this tab did not write.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  appendUpdate,
  caseDocDbName,
  openCaseDocPersistence,
  type CompactionPolicy,
} from './caseDocPersistence';
import { updateRowsOf } from './testing/updateRows';

let counter = 0;
const freshId = () => `persist-${++counter}-${Math.random().toString(36).slice(2)}`;
/** Compacts after 4 rows and 20 ms without a write (the tablet waits 32 rows and 2 s). */
const QUICK: CompactionPolicy = { minRows: 4, quietMs: 20, longQuietMs: 60_000, maxRows: 500 };
const NEVER: CompactionPolicy = {
  minRows: 10_000,
  quietMs: 60_000,
  longQuietMs: 60_000,
  maxRows: 10_000,
};

/** The text of every answer the doc holds (one Y.Map of plain values, as the case doc keeps answer entries). */
const answers = (doc: Y.Doc) => Object.fromEntries(doc.getMap<string>('answers').entries());
const reopen = async (caseId: string) => {
  const persistence = await openCaseDocPersistence(caseId, undefined, NEVER);
  const read = answers(persistence.doc);
  await persistence.destroy();
  return read;
};

describe('compacting the update log of a case', () => {
  it('merges the log into one row once the case is quiet, without reading the log again', async () => {
    const caseId = freshId();
    const persistence = await openCaseDocPersistence(caseId, undefined, QUICK);
    const map = persistence.doc.getMap<string>('answers');
    // One answer edited many times, and a few others.
    for (let i = 0; i < 30; i++) map.set('family.partner', `edit ${i}`);
    for (let i = 0; i < 5; i++) map.set(`q${i}`, `answer ${i}`);
    await persistence.flush();
    expect(await updateRowsOf(caseId)).toBeGreaterThan(30);

    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await vi.waitFor(async () => expect(await updateRowsOf(caseId)).toBe(1), {
      timeout: 3000,
      interval: 20,
    });
    expect(persistence.rows).toBe(1);
    // Only the keys were listed: no update of the log was read back (y-indexeddb's storeState reads them all).
    expect(getAll).not.toHaveBeenCalled();
    await persistence.destroy();

    expect(await reopen(caseId)).toEqual({
      'family.partner': 'edit 29',
      q0: 'answer 0',
      q1: 'answer 1',
      q2: 'answer 2',
      q3: 'answer 3',
      q4: 'answer 4',
    });
  });

  it.each(['add', 'delete'] as const)(
    'keeps a write made while the compaction runs (at its %s)',
    async (method) => {
      const caseId = freshId();
      const persistence = await openCaseDocPersistence(caseId, undefined, NEVER);
      const map = persistence.doc.getMap<string>('answers');
      for (let i = 0; i < 10; i++) map.set(`q${i}`, `answer ${i}`);
      await persistence.flush();

      // The tap comes exactly when the compaction writes the merged state (encoded already), or when it is about
      // to delete the rows before it.
      let tapped = false;
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      const spy = vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        if (!tapped) {
          tapped = true;
          map.set('family.partner', 'during the compaction');
        }
        return original.apply(this, args);
      });
      await persistence.compact();
      spy.mockRestore();
      expect(tapped).toBe(true);
      await persistence.flush();
      // The merged state and the tap's own row.
      expect(await updateRowsOf(caseId)).toBe(2);
      await persistence.destroy();

      const read = await reopen(caseId);
      expect(read['family.partner']).toBe('during the compaction');
      expect(Object.keys(read)).toHaveLength(11);
    },
  );

  it('merges a row this tab did not write (another tab, a late write) instead of deleting it', async () => {
    const caseId = freshId();
    const persistence = await openCaseDocPersistence(caseId, undefined, NEVER);
    persistence.doc.getMap<string>('answers').set('mine', 'here');
    await persistence.flush();

    const elsewhere = new Y.Doc();
    elsewhere.getMap<string>('answers').set('theirs', 'from another tab');
    await appendUpdate(caseId, Y.encodeStateAsUpdate(elsewhere));

    await persistence.compact();
    expect(await updateRowsOf(caseId)).toBe(1);
    expect(answers(persistence.doc)).toEqual({ mine: 'here', theirs: 'from another tab' });
    await persistence.destroy();
    expect(await reopen(caseId)).toEqual({ mine: 'here', theirs: 'from another tab' });
  });

  it('writes nothing late for a case that was removed (its database is gone)', async () => {
    const caseId = freshId();
    await appendUpdate(caseId, Y.encodeStateAsUpdate(new Y.Doc()));
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(caseDocDbName(caseId));
  });
});

describe('writing a change', () => {
  it('tells IndexedDB the write is complete when it is issued, so the commit does not wait for the page', async () => {
    const caseId = freshId();
    const persistence = await openCaseDocPersistence(caseId, undefined, NEVER);
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    const add = vi.spyOn(IDBObjectStore.prototype, 'add');
    persistence.doc.getMap<string>('answers').set('family.partner', 'partner-abroad');
    // In the same turn as the change: the add, and the commit of its transaction right after it.
    expect(add).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.invocationCallOrder[0]).toBeGreaterThan(add.mock.invocationCallOrder[0]!);
    await persistence.flush();
    commit.mockRestore();
    add.mockRestore();
    await persistence.destroy();
    expect(await reopen(caseId)).toEqual({ 'family.partner': 'partner-abroad' });
  });
});

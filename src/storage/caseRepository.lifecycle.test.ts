// Open cases come and go: held by the screens and the sync that use them, closed (written, compacted, let go) a
// moment after the last lets go, and the index row counted in batches after the answer's own write.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from '../domain/answers';
import { readConversationById } from '../domain/caseDoc';
import { startConversation } from '../domain/commands';
import { caseDocDbName } from './caseDocPersistence';
import { CaseRepository, type RepositoryTiming } from './caseRepository';
import { openDb } from './db';
import { updateRowsOf } from './testing/updateRows';

const NOW = '2026-11-23T10:00:00.000Z';
let counter = 0;
const QUICK: Partial<RepositoryTiming> = {
  closeGraceMs: 30,
  maxIdleOpen: 2,
  indexDelayMs: 20,
  compaction: { minRows: 10_000, quietMs: 60_000, longQuietMs: 60_000, maxRows: 10_000 },
};
/** A repository on its own database; case ids are unique per test (their docs are global). */
const fresh = (timing: Partial<RepositoryTiming> = QUICK) => {
  const n = ++counter;
  const db = openDb(`lifecycle-${n}`);
  return {
    db,
    repo: new CaseRepository(db, () => NOW, timing),
    id: (name: string) => `${name}-${n}`,
  };
};
const answer = (doc: Y.Doc, questionId: string, ownWords: string) =>
  answerQuestion(doc, {
    conversationId: 'v1',
    questionId,
    ownWords,
    language: 'ar',
    answeredBy: 'inburgeraar',
    now: NOW,
  });

/** A case with one conversation, saved, and no hold left on it. */
const made = async (repo: CaseRepository, caseId: string) => {
  const handle = await repo.create({ id: caseId, name: 'Samira', language: 'ar' });
  startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ar', now: NOW });
  await handle.save();
  handle.release();
};
/**
 * Waits until every grace started so far has run out: a witness case released now closes after all of them
 * (same grace, timers in order), so a case still open then was kept on purpose.
 */
const graceRunOut = async (repo: CaseRepository, witnessId: string) => {
  await made(repo, witnessId);
  await vi.waitFor(() => expect(repo.isOpen(witnessId)).toBe(false), { interval: 10 });
};

describe('closing cases', () => {
  it('closes a case a moment after its last screen lets go, compacted, and frees its doc', async () => {
    const { repo, id } = fresh();
    const caseId = id('c');
    await made(repo, caseId);
    const handle = await repo.get(caseId);
    for (let i = 0; i < 20; i++) answer(handle.doc, 'family.partner', `edit ${i}`);
    await handle.commit();
    expect(await updateRowsOf(caseId)).toBeGreaterThan(20);

    handle.release();
    handle.release(); // a second release of the same hold changes nothing
    expect(repo.isOpen(caseId)).toBe(true); // its grace
    await vi.waitFor(() => expect(repo.isOpen(caseId)).toBe(false), { interval: 10 });
    await repo.closeAll();
    expect(await updateRowsOf(caseId)).toBe(1);

    const again = await repo.get(caseId);
    expect(again.doc).not.toBe(handle.doc);
    expect(readConversationById(again.doc, 'v1')?.answers['family.partner']?.ownWords).toBe(
      'edit 19',
    );
    again.release();
  });

  it('keeps a case that a screen takes again within the grace (the next screen of the same case)', async () => {
    const { repo, id } = fresh({ ...QUICK, closeGraceMs: 200 });
    const caseId = id('c');
    await made(repo, caseId);
    const first = await repo.get(caseId);
    first.release();
    const second = await repo.get(caseId);
    expect(second.doc).toBe(first.doc);
    await graceRunOut(repo, id('witness'));
    expect(repo.isOpen(caseId)).toBe(true);
    second.release();
    await vi.waitFor(() => expect(repo.isOpen(caseId)).toBe(false), { interval: 10 });
  });

  it('keeps memory flat over many cases opened one after another', async () => {
    const { repo, id } = fresh({ ...QUICK, closeGraceMs: 60_000 });
    const ids = Array.from({ length: 12 }, (_, i) => id(`many${i}`));
    for (const caseId of ids) await made(repo, caseId);
    for (const caseId of ids) (await repo.get(caseId)).release();
    await vi.waitFor(
      () => expect(ids.filter((caseId) => repo.isOpen(caseId)).length).toBeLessThanOrEqual(2),
      { interval: 10 },
    );
    // The two most recent wait out their grace: the next screen may want them.
    expect(repo.isOpen(ids.at(-1)!)).toBe(true);
  });

  it('never closes a case the sync holds, and tells the sync when no screen needs it any more', async () => {
    const { repo, id } = fresh();
    const caseId = id('c');
    await made(repo, caseId);
    const told: string[] = [];
    const stop = repo.onNotInUse((which) => told.push(which));
    const screen = await repo.get(caseId);
    const sync = await repo.openForSync(caseId);
    expect(repo.inUse(caseId)).toBe(true);
    screen.release();
    expect(repo.inUse(caseId)).toBe(false);
    await vi.waitFor(() => expect(told).toEqual([caseId]), { interval: 10 });
    await graceRunOut(repo, id('witness'));
    expect(repo.isOpen(caseId)).toBe(true);

    // The sync's change still reaches the tablet while it holds the case.
    Y.applyUpdate(sync.doc, Y.encodeStateAsUpdate(sync.doc));
    sync.release();
    await vi.waitFor(() => expect(repo.isOpen(caseId)).toBe(false), { interval: 10 });
    stop();
  });

  it('writes a change still waiting when its case closes', async () => {
    const { repo, db, id } = fresh();
    const caseId = id('c');
    await made(repo, caseId);
    const handle = await repo.get(caseId);
    const before = (await db.cases.get(caseId))!.pendingChanges!;
    answer(handle.doc, 'family.partner', 'not saved yet');
    void handle.commit();
    handle.release();
    await repo.close(caseId);
    expect(repo.isOpen(caseId)).toBe(false);
    expect((await db.cases.get(caseId))!.pendingChanges).toBe(before + 1);
    const again = await repo.get(caseId);
    expect(readConversationById(again.doc, 'v1')?.answers['family.partner']?.ownWords).toBe(
      'not saved yet',
    );
    again.release();
  });

  it('writes a change made to a doc after its case closed, and marks the case dirty', async () => {
    const { repo, db, id } = fresh();
    const caseId = id('c');
    await made(repo, caseId);
    await repo.markSynced(caseId, (await db.cases.get(caseId))!.pendingChanges!);
    const handle = await repo.get(caseId);
    handle.release();
    await repo.close(caseId);
    // Someone kept the doc after letting go of the case.
    answer(handle.doc, 'family.partner', 'written late');
    await handle.save();
    expect(await db.cases.get(caseId)).toMatchObject({
      dirty: 1,
      syncState: 'waiting',
      pendingChanges: 1,
    });
    const again = await repo.get(caseId);
    expect(readConversationById(again.doc, 'v1')?.answers['family.partner']?.ownWords).toBe(
      'written late',
    );
    again.release();
  });
});

describe('the index row after a tap', () => {
  it('commits each answer at once and counts quick taps in one write of the index row', async () => {
    const { repo, db, id } = fresh({ ...QUICK, indexDelayMs: 400 });
    const caseId = id('c');
    await made(repo, caseId);
    const handle = await repo.get(caseId);
    const before = (await db.cases.get(caseId))!.pendingChanges!;
    const put = vi.spyOn(db.cases, 'put');
    const adds = vi.spyOn(IDBObjectStore.prototype, 'add');
    for (let i = 0; i < 5; i++) {
      answer(handle.doc, `q${i}`, `answer ${i}`);
      await handle.commit();
    }
    // Each answer's own write is committed; the index row not yet.
    const ownLog = (store: unknown) =>
      (store as IDBObjectStore).transaction.db.name === caseDocDbName(caseId);
    expect(adds.mock.instances.filter(ownLog)).toHaveLength(5);
    expect(put).not.toHaveBeenCalled();
    await handle.indexed();
    expect(put).toHaveBeenCalledTimes(1);
    expect(await db.cases.get(caseId)).toMatchObject({
      dirty: 1,
      syncState: 'waiting',
      pendingChanges: before + 5,
      answerCount: 5,
    });
    handle.release();
  });

  it('marks a synced case dirty right after its first change, without waiting for the batch', async () => {
    const { repo, db, id } = fresh({ ...QUICK, indexDelayMs: 60_000 });
    const caseId = id('c');
    await made(repo, caseId);
    await repo.markSynced(caseId, (await db.cases.get(caseId))!.pendingChanges!);
    const handle = await repo.get(caseId);
    answer(handle.doc, 'q1', 'after the sync');
    await handle.commit();
    await vi.waitFor(
      async () => expect(await db.cases.get(caseId)).toMatchObject({ dirty: 1, pendingChanges: 1 }),
      { interval: 10 },
    );
    handle.release();
  });

  it('counts a change not yet in the index row before saying the server has everything', async () => {
    const { repo, db, id } = fresh({ ...QUICK, indexDelayMs: 60_000 });
    const caseId = id('c');
    await made(repo, caseId);
    const handle = await repo.get(caseId);
    const atAck = await repo.pendingChanges(caseId);
    answer(handle.doc, 'q1', 'after the acknowledgement');
    await handle.commit();
    expect(await repo.markSynced(caseId, atAck)).toBe(false);
    expect(await db.cases.get(caseId)).toMatchObject({ dirty: 1, pendingChanges: atAck + 1 });
    handle.release();
  });
});

// Tests of the tablet's case store: offline create and reopen, search, and a failed write that loses nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createCase, startConversation } from '../domain/commands';
import { answerQuestion } from '../domain/answers';
import { readConversationById, readCase } from '../domain/caseDoc';
import { CaseRepository } from './caseRepository';
import { openDb } from './db';
import { StorageError } from './errors';

const NOW = '2026-11-23T10:00:00.000Z';
let counter = 0;
const freshDb = () => openDb(`test-${++counter}`);
const base = { conversationId: 'v1', language: 'ar', answeredBy: 'inburgeraar' as const, now: NOW };

const originalAdd = IDBObjectStore.prototype.add;
afterEach(() => {
  IDBObjectStore.prototype.add = originalAdd;
});

describe('CaseRepository', () => {
  it('creates a case, indexes it, and finds every answer after reopening', async () => {
    const db = freshDb();
    const repo = new CaseRepository(db, () => NOW);
    const handle = await repo.create({ id: 'c1', name: 'Samira Haddad', language: 'ar' });
    startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ar', now: NOW });
    answerQuestion(handle.doc, {
      ...base,
      questionId: 'family.partner',
      value: { kind: 'tiles', tileIds: ['partner-here'] },
    });
    await handle.save();
    await repo.closeAll();

    const row = await db.cases.get('c1');
    expect(row).toMatchObject({
      name: 'Samira Haddad',
      answerCount: 1,
      dirty: 1,
      syncState: 'waiting',
      pendingChanges: 2,
      docDb: 'samenspraak-case-c1',
    });

    const reopened = await new CaseRepository(db, () => NOW).get('c1');
    expect(readConversationById(reopened.doc, 'v1')?.answers['family.partner']?.value).toEqual({
      kind: 'tiles',
      tileIds: ['partner-here'],
    });
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual([
      'case-created',
      'case-opened',
    ]);
  });

  it('searches by part of the name, case-insensitively', async () => {
    const repo = new CaseRepository(freshDb(), () => NOW);
    await repo.create({ id: 'a', name: 'Amanuel Tesfaye', language: 'ti' });
    await repo.create({ id: 'b', name: 'Samira Haddad', language: 'ar' });
    expect((await repo.search('tesf')).map((r) => r.id)).toEqual(['a']);
    expect(await repo.search('')).toHaveLength(2);
  });

  it('refuses to open a case that is not on the tablet', async () => {
    const repo = new CaseRepository(freshDb(), () => NOW);
    await expect(repo.get('nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reports a failed write and keeps the answer, which is written once storage works again', async () => {
    const db = freshDb();
    const repo = new CaseRepository(db, () => NOW);
    const handle = await repo.create({ id: 'c2', name: 'Yonas', language: 'ti' });
    startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ti', now: NOW });
    answerQuestion(handle.doc, { ...base, questionId: 'first', flag: 'later' });
    await handle.save();

    // The disk fills up: the next write is aborted by IndexedDB.
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const request = originalAdd.apply(this, args);
      this.transaction.abort();
      return request;
    };
    answerQuestion(handle.doc, { ...base, questionId: 'second', flag: 'dont-know' });
    await expect(handle.save()).rejects.toBeInstanceOf(StorageError);

    // Space is freed; the next save writes the whole doc again.
    IDBObjectStore.prototype.add = originalAdd;
    await handle.save();
    await repo.closeAll();

    const reopened = await new CaseRepository(db, () => NOW).get('c2');
    expect(Object.keys(readConversationById(reopened.doc, 'v1')?.answers ?? {}).sort()).toEqual([
      'first',
      'second',
    ]);
    expect(readCase(reopened.doc).profile.name).toBe('Yonas');
  });
});

describe('sync marks', () => {
  it('marks a case synced only when no local change came after the acknowledgement', async () => {
    const db = freshDb();
    const repo = new CaseRepository(db, () => NOW);
    const handle = await repo.create({ id: 'c5', name: 'Hawa', language: 'so' });
    expect(await repo.dirtyCaseIds()).toEqual(['c5']);
    const atAck = await repo.pendingChanges('c5');

    startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'so', now: NOW });
    await handle.save();
    await repo.markSynced('c5', atAck);
    expect(await db.cases.get('c5')).toMatchObject({
      dirty: 1,
      syncState: 'waiting',
      pendingChanges: 2,
    });

    await repo.markSynced('c5', 2);
    expect(await db.cases.get('c5')).toMatchObject({
      dirty: 0,
      syncState: 'synced',
      pendingChanges: 0,
    });
    expect(await repo.dirtyCaseIds()).toEqual([]);
  });

  it('keeps saying why a case was refused for good after a further change, but a passing problem gives way', async () => {
    const db = freshDb();
    const repo = new CaseRepository(db, () => NOW);
    const handle = await repo.create({ id: 'c7', name: 'Yonas', language: 'ti' });
    await repo.markSyncError('c7', 'case-too-large');
    startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ti', now: NOW });
    await handle.save();
    expect(await db.cases.get('c7')).toMatchObject({
      dirty: 1,
      syncState: 'error',
      syncError: 'case-too-large',
      pendingChanges: 2,
    });

    await repo.markSyncError('c7', 'server-unavailable');
    startConversation(handle.doc, { id: 'v2', type: 'intake-b', language: 'ti', now: NOW });
    await handle.save();
    expect(await db.cases.get('c7')).toMatchObject({ dirty: 1, syncState: 'waiting' });
  });

  it('indexes a case that arrives from the server without marking it dirty', async () => {
    const db = freshDb();
    const repo = new CaseRepository(db, () => NOW);
    const source = new Y.Doc();
    createCase(source, { id: 'remote', name: 'Omid', language: 'fa', now: NOW });
    const handle = await repo.openForSync('remote');
    Y.applyUpdate(handle.doc, Y.encodeStateAsUpdate(source), 'server');
    await vi.waitFor(async () =>
      expect(await db.cases.get('remote')).toMatchObject({
        name: 'Omid',
        dirty: 0,
        syncState: 'synced',
      }),
    );
  });
});

describe('removing cases from the tablet', () => {
  it('refuses to remove a case with changes the server does not have, and removes a synced one', async () => {
    const db = freshDb();
    const repo = new CaseRepository(db, () => NOW);
    await repo.create({ id: 'keep', name: 'Unsynced', language: 'ar' });
    await repo.create({ id: 'gone', name: 'Synced', language: 'ar' });
    await repo.markSynced('gone', await repo.pendingChanges('gone'));

    await expect(repo.removeFromTablet('keep', 'by-consultant')).rejects.toMatchObject({
      code: 'not-synced',
    });
    expect(await repo.wipeSynced('pin-wipe')).toEqual({ removed: ['gone'], kept: ['keep'] });
    expect(await db.cases.get('gone')).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('samenspraak-case-gone');
    expect(await db.audit.where('action').equals('case-wiped').toArray()).toMatchObject([
      { caseId: 'gone', detail: 'pin-wipe' },
    ]);
    // The unsynced case is still there, with its content.
    expect(readCase((await repo.get('keep')).doc).profile.name).toBe('Unsynced');
  });
});

describe('retention and revocation', () => {
  it('purges only synced cases untouched for the retention period', async () => {
    const db = freshDb();
    let now = '2026-01-01T00:00:00.000Z';
    const repo = new CaseRepository(db, () => now);
    await repo.create({ id: 'old', name: 'Old', language: 'ar' });
    await repo.markSynced('old', await repo.pendingChanges('old'));
    await repo.create({ id: 'unsynced', name: 'Unsynced', language: 'ar' });
    await repo.closeAll();
    now = '2026-03-01T00:00:00.000Z';
    expect(await repo.purgeExpired(30)).toEqual(['old']);
    expect((await db.cases.toArray()).map((r) => r.id)).toEqual(['unsynced']);
  });

  it('wipes everything on a revoked tablet', async () => {
    const name = `wipe-${Math.random()}`;
    const db = openDb(name);
    const repo = new CaseRepository(db, () => NOW);
    await repo.create({ id: 'w1', name: 'W', language: 'ar' });
    // A case that was still downloading: its doc database exists, the index does not list it yet.
    await repo.openForSync('half-downloaded');
    await repo.wipeEverything();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
    expect(names).not.toContain('samenspraak-case-w1');
    expect(names).not.toContain('samenspraak-case-half-downloaded');
  });
});

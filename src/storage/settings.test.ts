// The typed settings round-trip through the tablet database, and the unused outbox table is gone after the
// upgrade while what an older tablet kept (cases, settings) stays.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type SamenspraakDb } from './db';
import { bindSettings, deleteSetting, readSetting, writeSetting } from './settings';

let db: SamenspraakDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

describe('typed settings', () => {
  it('reads back what was written, per key, and nothing once deleted', async () => {
    db = openDb(`settings-${crypto.randomUUID()}`);
    await writeSetting(db, 'retentionDays', 30);
    await writeSetting(db, 'handover', {
      caseId: 'c1',
      conversationId: 'v1',
      since: '2026-12-06T10:00:00Z',
    });
    expect(await readSetting(db, 'retentionDays')).toBe(30);
    expect(await readSetting(db, 'handover')).toEqual({
      caseId: 'c1',
      conversationId: 'v1',
      since: '2026-12-06T10:00:00Z',
    });
    await deleteSetting(db, 'handover');
    expect(await readSetting(db, 'handover')).toBeUndefined();
    const settings = bindSettings(db);
    await settings.write('casesDownloadedAt', '2026-12-06T11:00:00Z');
    expect(await settings.read('casesDownloadedAt')).toBe('2026-12-06T11:00:00Z');
  });
});

describe('database upgrade', () => {
  it('drops the unused outbox and keeps the cases and settings of a tablet on the earlier version', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores({
      cases: 'id, searchName, updatedAt, dirty, pipDeadline',
      media: 'id, caseId, uploadState, slot',
      outbox: '++seq, caseId',
      settings: 'key',
      audit: '++id, at, caseId, action',
      catalog: 'id',
    });
    await old.table('cases').put({
      id: 'case-1',
      name: 'Samira',
      searchName: 'samira',
      updatedAt: '2026-12-01T00:00:00Z',
      dirty: 1,
    });
    await old.table('settings').put({ key: 'retentionDays', value: 14 });
    await old.table('outbox').put({ caseId: 'case-1', kind: 'x', payload: null, createdAt: 'now' });
    old.close();

    db = openDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'cases',
      'catalog',
      'media',
      'settings',
    ]);
    expect(await db.cases.get('case-1')).toMatchObject({ name: 'Samira', dirty: 1 });
    expect(await readSetting(db, 'retentionDays')).toBe(14);
  });
});

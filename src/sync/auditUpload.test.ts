// Tests of sending the tablet's audit log: a fake server (fetch) and the real Dexie tables on fake-indexeddb.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type AuditRow, type SamenspraakDb } from '../storage/db';
import type { DeviceAuditBatch } from '../protocol/deviceAudit';
import { AUDIT_CURSOR_KEY, createAuditUpload, type AuditUploadOptions } from './auditUpload';

const CASE_ID = '3f0c8a52-6c1e-4b8e-9d4a-0a1b2c3d4e5f';
const dbs: SamenspraakDb[] = [];

const tablet = async (count: number): Promise<SamenspraakDb> => {
  const db = openDb(`audit-upload-${crypto.randomUUID()}`);
  dbs.push(db);
  const rows: AuditRow[] = Array.from({ length: count }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 23, 9, i)).toISOString(),
    action: i % 2 === 0 ? 'case-opened' : 'case-wiped',
    caseId: CASE_ID,
    ...(i % 2 === 1 ? { detail: 'retention' } : {}),
  }));
  await db.audit.bulkAdd(rows);
  return db;
};

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake server that keeps what it receives (once per id) and answers with a receipt; `answer` can override. */
const fakeServer = (answer?: (batch: DeviceAuditBatch) => Response | undefined) => {
  const stored = new Map<number, DeviceAuditBatch['entries'][number]>();
  const batches: DeviceAuditBatch[] = [];
  const fetchImpl = vi.fn(async (_input: RequestInfo | URL, init: RequestInit = {}) => {
    const batch = JSON.parse(String(init.body)) as DeviceAuditBatch;
    batches.push(batch);
    const override = answer?.(batch);
    if (override) return override;
    let fresh = 0;
    for (const e of batch.entries) if (!stored.has(e.id) && stored.set(e.id, e)) fresh += 1;
    return json({ upTo: Math.max(...batch.entries.map((e) => e.id)), stored: fresh });
  });
  return { fetch: fetchImpl as unknown as typeof fetch, stored, batches };
};

const upload = (
  db: SamenspraakDb,
  server: { fetch: typeof fetch },
  over: Partial<AuditUploadOptions> = {},
) =>
  createAuditUpload({
    baseUrl: 'https://server.test',
    getAccessToken: async () => 'token',
    db,
    fetch: server.fetch,
    batchSize: 4,
    ...over,
  });

describe('AuditUpload', () => {
  it('sends every entry in batches, oldest first, and remembers up to where the server has them', async () => {
    const db = await tablet(10);
    const server = fakeServer();
    const report = await upload(db, server).syncNow();
    expect(report).toEqual({ sent: 10 });
    expect(server.batches.map((b) => b.entries.map((e) => e.id))).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
    expect(server.stored.get(2)).toEqual({
      id: 2,
      at: '2026-11-23T09:01:00.000Z',
      action: 'case-wiped',
      caseId: CASE_ID,
      detail: 'retention',
    });
    expect((await db.settings.get(AUDIT_CURSOR_KEY))?.value).toBe(10);
    // Nothing new: no request at all.
    expect(await upload(db, server).syncNow()).toEqual({ sent: 0 });
    expect(server.batches).toHaveLength(3);
    // A new entry goes alone.
    await db.audit.add({
      at: '2026-11-24T08:00:00.000Z',
      action: 'case-exported',
      caseId: CASE_ID,
    });
    expect(await upload(db, server).syncNow()).toEqual({ sent: 1 });
    expect(server.batches.at(-1)?.entries.map((e) => e.id)).toEqual([11]);
  });

  it('keeps everything when offline and sends it all in a later round', async () => {
    const db = await tablet(3);
    let online = false;
    const server = fakeServer();
    const flaky = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!online) throw new TypeError('Failed to fetch');
      return server.fetch(input, init);
    }) as unknown as typeof fetch;
    const sync = upload(db, { fetch: flaky });
    expect(await sync.syncNow()).toEqual({ sent: 0, problem: 'offline' });
    expect(await sync.sentUpTo()).toBe(0);
    online = true;
    expect(await sync.syncNow()).toEqual({ sent: 3 });
    expect([...server.stored.keys()]).toEqual([1, 2, 3]);
  });

  it('moves the cursor only past batches the server confirmed; a failed one is sent again', async () => {
    const db = await tablet(6);
    let failSecond = true;
    const server = fakeServer((batch) => {
      if (failSecond && batch.entries[0]?.id === 5) {
        failSecond = false;
        return json({ error: 'server-error' }, 500);
      }
      return undefined;
    });
    const sync = upload(db, server);
    expect(await sync.syncNow()).toEqual({ sent: 4, problem: 'server-error' });
    expect(await sync.sentUpTo()).toBe(4);
    expect(await sync.syncNow()).toEqual({ sent: 2 });
    expect(await sync.sentUpTo()).toBe(6);
    expect(server.stored.size).toBe(6);
  });

  it('does not trust an answer that does not confirm the whole batch', async () => {
    const db = await tablet(2);
    const server = fakeServer(() => json({ upTo: 1, stored: 1 }));
    expect(await upload(db, server).syncNow()).toEqual({ sent: 0, problem: 'server-error' });
    expect((await db.settings.get(AUDIT_CURSOR_KEY))?.value).toBeUndefined();
  });

  it('waits without a session, and tells when the server says the tablet is revoked', async () => {
    const db = await tablet(2);
    const server = fakeServer(() => json({ error: 'device-revoked' }, 403));
    expect(
      await upload(db, server, {
        getAccessToken: () => Promise.reject(new Error('signed out')),
      }).syncNow(),
    ).toEqual({ sent: 0, problem: 'signed-out' });
    expect(server.batches).toHaveLength(0);
    const onDeviceRevoked = vi.fn();
    expect(await upload(db, server, { onDeviceRevoked }).syncNow()).toEqual({
      sent: 0,
      problem: 'signed-out',
    });
    expect(onDeviceRevoked).toHaveBeenCalledOnce();
    expect(
      await upload(
        db,
        fakeServer(() => json({ error: 'invalid-request' }, 400)),
      ).syncNow(),
    ).toEqual({ sent: 0, problem: 'refused' });
    expect((await db.settings.get(AUDIT_CURSOR_KEY))?.value).toBeUndefined();
  });

  it('shapes a strange row so the server takes it, instead of blocking the rest', async () => {
    const db = await tablet(0);
    await db.audit.add({
      at: 'not a time',
      action: 'storage-error',
      caseId: 'not-a-uuid',
      detail: `quota\u0007 ${'x'.repeat(300)}`,
    });
    const server = fakeServer();
    await upload(db, server).syncNow();
    const [entry] = server.batches[0]!.entries;
    expect(entry).toMatchObject({ id: 1, at: '1970-01-01T00:00:00.000Z', action: 'storage-error' });
    expect(entry).not.toHaveProperty('caseId');
    expect(entry!.detail).toHaveLength(200);
    expect(entry!.detail).not.toContain('\u0007');
  });

  it('once started, sends a new entry shortly after it is written', async () => {
    const db = await tablet(0);
    const server = fakeServer();
    const sync = upload(db, server, { settleMs: 10, intervalMs: 60_000 });
    sync.start();
    await db.audit.add({ at: '2026-11-24T08:00:00.000Z', action: 'case-created', caseId: CASE_ID });
    await vi.waitFor(() => expect(server.stored.size).toBe(1));
    sync.stop();
  });
});

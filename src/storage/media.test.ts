// Tests of municipality content media on the tablet: save, replace, remove, and the sync bookkeeping.
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentMediaItem } from '../protocol/contentMedia';
import { openDb, type SamenspraakDb } from './db';
import {
  activeOfSlot,
  ContentMediaRepository,
  loadRecordingMode,
  saveRecordingMode,
  slotOf,
} from './media';

let db: SamenspraakDb;
let repo: ContentMediaRepository;
let tick = 0;
const clock = () => new Date(Date.UTC(2025, 0, 1, 12, 0, tick++)).toISOString();
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's comes back as a plain object).
const blob = (text: string, type: string) => new NodeBlob([text], { type }) as unknown as Blob;
const audio = (text = 'x') => blob(text, 'audio/webm');
const bytesOf = async (blob: Blob) => new TextDecoder().decode(await blob.arrayBuffer());

const remoteItem = (over: Partial<ContentMediaItem> = {}): ContentMediaItem => ({
  id: crypto.randomUUID(),
  kind: 'prompt',
  key: 'content:tile.yes',
  language: 'ti',
  mime: 'audio/webm',
  size: 1,
  createdAt: '2025-01-01T10:00:00.000Z',
  ...over,
});

beforeEach(() => {
  db = openDb(`media-test-${crypto.randomUUID()}`);
  repo = new ContentMediaRepository(db, clock);
});
afterEach(async () => {
  await db.delete();
});

describe('ContentMediaRepository', () => {
  it('keeps a recording on the tablet at once, waiting for upload, findable by key and language', async () => {
    const saved = await repo.save({
      kind: 'prompt',
      key: 'content:tile.yes',
      language: 'ti',
      blob: audio('hello'),
    });
    expect(saved).toMatchObject({
      kind: 'prompt',
      key: 'content:tile.yes',
      language: 'ti',
      uploadState: 'pending',
      mime: 'audio/webm',
    });
    const found = await repo.find('prompt', 'content:tile.yes', 'ti');
    expect(found?.info.id).toBe(saved.id);
    expect(await bytesOf(found!.blob)).toBe('hello');
    expect(await repo.find('prompt', 'content:tile.yes', 'ar')).toBeUndefined();
    expect((await repo.pendingUploads()).map((p) => p.id)).toEqual([saved.id]);
    // Case media are not content media.
    await db.media.add({
      id: 'case-photo',
      caseId: 'c1',
      kind: 'photo',
      mime: 'image/jpeg',
      blob: blob('p', 'image/jpeg'),
      createdAt: clock(),
      uploadState: 'pending',
    });
    expect((await repo.list()).map((i) => i.id)).toEqual([saved.id]);
    expect((await repo.pendingUploads()).map((p) => p.id)).toEqual([saved.id]);
  });

  it('photos have no language', async () => {
    const saved = await repo.save({
      kind: 'photo',
      key: 'tile:school',
      language: 'ar',
      blob: blob('p', 'image/jpeg'),
    });
    expect(saved.language).toBe('');
    expect(saved.slot).toBe(slotOf('photo', 'tile:school'));
    expect((await repo.find('photo', 'tile:school'))?.info.id).toBe(saved.id);
  });

  it('a new recording replaces one never sent; one on the server stays until the new one is uploaded', async () => {
    const first = await repo.save({ kind: 'prompt', key: 'k', language: 'ti', blob: audio('1') });
    const second = await repo.save({ kind: 'prompt', key: 'k', language: 'ti', blob: audio('2') });
    expect((await repo.list()).map((i) => i.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);

    await repo.markUploaded(second.id, '2025-01-02T00:00:00.000Z');
    const third = await repo.save({ kind: 'prompt', key: 'k', language: 'ti', blob: audio('3') });
    expect((await repo.list()).map((i) => i.id).sort()).toEqual([second.id, third.id].sort());
    // The one recorded here counts while it is on its way.
    expect((await repo.find('prompt', 'k', 'ti'))?.info.id).toBe(third.id);
    await repo.markUploaded(third.id, '2025-01-03T00:00:00.000Z');
    expect((await repo.list()).map((i) => i.id)).toEqual([third.id]);
  });

  it('removing a recording never sent forgets it; removing one on the server waits for the server', async () => {
    const local = await repo.save({ kind: 'prompt', key: 'a', language: 'ti', blob: audio() });
    await repo.remove(local.id);
    expect(await repo.list()).toEqual([]);
    expect(await repo.pendingRemovals()).toEqual([]);

    const sent = await repo.save({ kind: 'prompt', key: 'b', language: 'ti', blob: audio() });
    await repo.markUploaded(sent.id, '2025-01-02T00:00:00.000Z');
    await repo.remove(sent.id);
    expect(await repo.find('prompt', 'b', 'ti')).toBeUndefined();
    expect(await repo.pendingRemovals()).toEqual([sent.id]);
    expect(await repo.pendingUploads()).toEqual([]);
    await repo.removalDone(sent.id);
    expect(await repo.list()).toEqual([]);
  });

  it('reconciles with the server list: downloads what is missing, drops what the server no longer has', async () => {
    const kept = remoteItem({ key: 'kept' });
    const gone = remoteItem({ key: 'gone' });
    await repo.saveDownloaded(kept, audio('kept'));
    await repo.saveDownloaded(gone, audio('gone'));
    const waiting = await repo.save({
      kind: 'prompt',
      key: 'mine',
      language: 'ti',
      blob: audio('mine'),
    });

    const fresh = remoteItem({ key: 'fresh' });
    const olderOfMine = remoteItem({ key: 'mine' });
    const missing = await repo.reconcile([kept, fresh, olderOfMine]);
    // Nothing for a slot with a recording on its way: it will replace the server's.
    expect(missing.map((m) => m.id)).toEqual([fresh.id]);
    expect((await repo.list()).map((i) => i.key).sort()).toEqual(['kept', 'mine']);
    expect((await repo.find('prompt', 'mine', 'ti'))?.info.id).toBe(waiting.id);

    await repo.saveDownloaded(fresh, audio('fresh'));
    expect(await bytesOf((await repo.find('prompt', 'fresh', 'ti'))!.blob)).toBe('fresh');
    // A newer server version of a slot replaces the older one here.
    const newer = remoteItem({ key: 'kept', createdAt: '2025-02-01T00:00:00.000Z' });
    await repo.saveDownloaded(newer, audio('newer'));
    expect((await repo.list()).filter((i) => i.key === 'kept').map((i) => i.id)).toEqual([
      newer.id,
    ]);
  });

  it('keeps a refused upload with its reason and does not offer it again', async () => {
    const saved = await repo.save({ kind: 'prompt', key: 'k', language: 'ti', blob: audio() });
    await repo.markUploadRefused(saved.id, 'too-large');
    expect((await repo.list())[0]).toMatchObject({
      uploadState: 'error',
      uploadError: 'too-large',
    });
    expect(await repo.pendingUploads()).toEqual([]);
  });

  it('tells observers about every change', async () => {
    const seen: number[] = [];
    const stop = repo.observe((infos) => seen.push(infos.length));
    // happy-dom's Blob here: Dexie's live-query cache copies only the Blob class of the page.
    await repo.save({
      kind: 'prompt',
      key: 'k',
      language: 'ti',
      blob: new Blob(['x'], { type: 'audio/webm' }),
    });
    await expect.poll(() => seen.at(-1)).toBe(1);
    stop();
  });

  it('calls the pending watcher when something new waits', async () => {
    let calls = 0;
    const stop = repo.watchPending(() => calls++);
    // A first photo: whether the watcher's first read saw it or not, once another observer sees it, the
    // watcher knows it too (IndexedDB runs the write after the read that began before it).
    // happy-dom's Blob, as above: the other observer is a live query.
    await repo.save({
      kind: 'photo',
      key: 'tile:x',
      blob: new Blob(['p'], { type: 'image/jpeg' }),
    });
    const seen: number[] = [];
    const stopSeeing = repo.observe((infos) => seen.push(infos.length));
    await expect.poll(() => seen.at(-1)).toBe(1);
    const before = calls;
    expect(before).toBeLessThanOrEqual(1);
    // Something new waits: the watcher is called once for it.
    await repo.save({
      kind: 'photo',
      key: 'tile:y',
      blob: new Blob(['q'], { type: 'image/jpeg' }),
    });
    await expect.poll(() => calls).toBe(before + 1);
    stopSeeing();
    stop();
  });
});

describe('activeOfSlot', () => {
  it('prefers a recording not yet sent, then the newest, never a removed one', () => {
    const rows = [
      { id: 'old', uploadState: 'uploaded' as const, createdAt: '2025-01-01', removed: false },
      { id: 'new', uploadState: 'uploaded' as const, createdAt: '2025-01-02', removed: false },
      { id: 'gone', uploadState: 'uploaded' as const, createdAt: '2025-01-03', removed: true },
    ];
    expect(activeOfSlot(rows)?.id).toBe('new');
    expect(
      activeOfSlot([
        ...rows,
        { id: 'local', uploadState: 'pending' as const, createdAt: '2024-12-01', removed: false },
      ])?.id,
    ).toBe('local');
    expect(activeOfSlot([])).toBeUndefined();
  });
});

describe('recording mode', () => {
  it('is off until switched on, and remembered', async () => {
    expect(await loadRecordingMode(db)).toBe(false);
    await saveRecordingMode(db, true);
    expect(await loadRecordingMode(db)).toBe(true);
  });
});

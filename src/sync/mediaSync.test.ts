// Tests of the prompt/photo sync with a fake server (fetch) and an in-memory tablet store.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentMediaItem } from '../protocol/contentMedia';
import { createMediaSync, type ContentMediaStore } from './mediaSync';

interface Local {
  id: string;
  kind: 'prompt' | 'photo';
  key: string;
  language: string;
  mime: string;
  blob: Blob;
  state: 'pending' | 'uploaded' | 'error';
  reason?: string;
  removed?: boolean;
}

/** A tablet store with the same rules as src/storage/media.ts, kept in memory. */
const memoryStore = (rows: Local[] = []) => {
  const store: ContentMediaStore & { rows: Local[] } = {
    rows,
    pendingUploads: async () => rows.filter((r) => r.state === 'pending' && !r.removed),
    markUploaded: async (id) => {
      const row = rows.find((r) => r.id === id);
      if (row) row.state = 'uploaded';
    },
    markUploadRefused: async (id, reason) => {
      const row = rows.find((r) => r.id === id);
      if (row) Object.assign(row, { state: 'error', reason });
    },
    pendingRemovals: async () => rows.filter((r) => r.removed).map((r) => r.id),
    removalDone: async (id) =>
      void rows.splice(
        rows.findIndex((r) => r.id === id),
        1,
      ),
    reconcile: async (remote) => {
      const ids = new Set(remote.map((r) => r.id));
      for (const stale of rows.filter(
        (r) => r.state === 'uploaded' && !r.removed && !ids.has(r.id),
      ))
        rows.splice(rows.indexOf(stale), 1);
      return remote.filter((item) => !rows.some((r) => r.id === item.id));
    },
    saveDownloaded: async (item, blob) => {
      rows.push({ ...item, blob, state: 'uploaded' });
    },
  };
  return store;
};

const item = (over: Partial<ContentMediaItem> = {}): ContentMediaItem => ({
  id: crypto.randomUUID(),
  kind: 'prompt',
  key: 'content:tile.yes',
  language: 'ti',
  mime: 'audio/webm',
  size: 3,
  createdAt: '2025-01-01T10:00:00.000Z',
  ...over,
});

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** A fake server: answers by method and path; records every call. */
const fakeServer = (handler: Handler) => {
  const calls: { method: string; path: string; auth?: string; contentType?: string }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      auth: headers.authorization,
      contentType: headers['content-type'],
    });
    return handler(url, init);
  });
  return { fetch: fetchImpl as unknown as typeof fetch, calls };
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const local = (over: Partial<Local> = {}): Local => ({
  id: crypto.randomUUID(),
  kind: 'prompt',
  key: 'content:tile.no',
  language: 'ar',
  mime: 'audio/webm',
  blob: new Blob(['abc'], { type: 'audio/webm' }),
  state: 'pending',
  ...over,
});

const syncWith = (
  store: ContentMediaStore,
  server: ReturnType<typeof fakeServer>,
  extra: Partial<Parameters<typeof createMediaSync>[0]> = {},
) =>
  createMediaSync({
    baseUrl: 'https://gemeente.example',
    getAccessToken: async () => 'token-1',
    store,
    fetch: server.fetch,
    ...extra,
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('MediaSync', () => {
  it('uploads what waits, then downloads what the municipality has and the tablet lacks', async () => {
    const mine = local();
    const theirs = item({ key: 'content:tile.unsure' });
    const store = memoryStore([mine]);
    const server = fakeServer((url, init) => {
      if (init.method === 'POST')
        return json(
          { ...item({ id: url.searchParams.get('id')! }), createdAt: '2025-01-02T00:00:00.000Z' },
          201,
        );
      if (url.pathname === '/api/content-media')
        return json([theirs, item({ id: mine.id, key: mine.key, language: 'ar' })]);
      if (url.pathname === `/api/content-media/${theirs.id}`)
        return new Response(new Uint8Array([1, 2, 3]), {
          headers: { 'content-type': 'audio/webm' },
        });
      return json({ error: 'not-found' }, 404);
    });
    const report = await syncWith(store, server).syncNow();
    expect(report).toEqual({ uploaded: 1, refused: 0, removed: 0, downloaded: 1 });
    expect(server.calls.map((c) => `${c.method} ${c.path.split('?')[0]}`)).toEqual([
      'POST /api/content-media',
      'GET /api/content-media',
      `GET /api/content-media/${theirs.id}`,
    ]);
    const post = server.calls[0]!;
    expect(post.auth).toBe('Bearer token-1');
    expect(post.contentType).toBe('audio/webm');
    expect(new URLSearchParams(post.path.split('?')[1])).toEqual(
      new URLSearchParams({ id: mine.id, kind: 'prompt', key: 'content:tile.no', language: 'ar' }),
    );
    expect(store.rows.map((r) => [r.id, r.state])).toEqual([
      [mine.id, 'uploaded'],
      [theirs.id, 'uploaded'],
    ]);
  });

  it('sends a photo without a language, and a removal before anything else', async () => {
    const photo = local({ kind: 'photo', key: 'tile:school', language: '', mime: 'image/jpeg' });
    const removed = local({ state: 'uploaded', removed: true });
    const store = memoryStore([photo, removed]);
    const onServer = item({
      id: photo.id,
      kind: 'photo',
      key: 'tile:school',
      language: '',
      mime: 'image/jpeg',
    });
    const server = fakeServer((_url, init) =>
      init.method === 'DELETE'
        ? json({ ok: true })
        : init.method === 'POST'
          ? json(onServer, 201)
          : json([onServer]),
    );
    const report = await syncWith(store, server).syncNow();
    expect(report).toMatchObject({ uploaded: 1, removed: 1 });
    expect(server.calls[0]).toMatchObject({
      method: 'DELETE',
      path: `/api/content-media/${removed.id}`,
    });
    expect(server.calls[1]!.path).not.toContain('language');
    expect(server.calls[1]!.contentType).toBe('image/jpeg');
    expect(store.rows.map((r) => r.id)).toEqual([photo.id]);
  });

  it('keeps everything on the tablet when the server cannot be reached, and says so', async () => {
    const mine = local();
    const store = memoryStore([mine]);
    const server = fakeServer(() => Promise.reject(new TypeError('Failed to fetch')));
    const sync = syncWith(store, server);
    const report = await sync.syncNow();
    expect(report.problem).toBe('offline');
    expect(sync.getStatus().problem).toBe('offline');
    expect(store.rows).toEqual([mine]);
    expect(mine.state).toBe('pending');
  });

  it('marks an upload the server refuses for good, keeps it, and goes on with the rest', async () => {
    const tooBig = local();
    const fine = local({ key: 'content:tile.yes' });
    const store = memoryStore([tooBig, fine]);
    const server = fakeServer((url, init) => {
      if (init.method === 'POST' && url.searchParams.get('id') === tooBig.id)
        return json({ error: 'invalid-request', reason: 'too-large' }, 413);
      if (init.method === 'POST') return json(item({ id: url.searchParams.get('id')! }), 201);
      return json([]);
    });
    const report = await syncWith(store, server).syncNow();
    expect(report).toMatchObject({ uploaded: 1, refused: 1 });
    expect(tooBig).toMatchObject({ state: 'error', reason: 'too-large' });
    expect(store.rows.map((r) => r.id)).toContain(tooBig.id);
  });

  it('stops the round on a server error and retries later with backoff', async () => {
    vi.useFakeTimers();
    const mine = local();
    const store = memoryStore([mine]);
    let fail = true;
    const server = fakeServer((url, init) => {
      if (fail) return json({ error: 'boom' }, 503);
      if (init.method === 'POST') return json(item({ id: url.searchParams.get('id')! }), 201);
      return json([]);
    });
    const sync = syncWith(store, server, { retryMs: 1000, intervalMs: 60_000 });
    sync.start();
    await vi.waitFor(() => expect(sync.getStatus().problem).toBe('server-error'));
    expect(mine.state).toBe('pending');
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(mine.state).toBe('uploaded'));
    expect(sync.getStatus().problem).toBeUndefined();
    sync.stop();
    expect(sync.getStatus().state).toBe('stopped');
  });

  it('reports a failing tablet storage as a problem instead of throwing, and retries later', async () => {
    const store = memoryStore([]);
    store.pendingRemovals = () => Promise.reject(new DOMException('gone', 'InvalidStateError'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const report = await syncWith(
      store,
      fakeServer(() => json([])),
    ).syncNow();
    expect(report.problem).toBe('storage');
  });

  it('does not call the server without a session', async () => {
    const server = fakeServer(() => json([]));
    const sync = createMediaSync({
      baseUrl: 'https://gemeente.example',
      getAccessToken: () => Promise.reject(new Error('signed out')),
      store: memoryStore([local()]),
      fetch: server.fetch,
    });
    expect((await sync.syncNow()).problem).toBe('signed-out');
    expect(server.calls).toEqual([]);
  });

  it('reports a revoked tablet', async () => {
    const onDeviceRevoked = vi.fn();
    const server = fakeServer(() => json({ error: 'device-revoked' }, 401));
    const report = await syncWith(memoryStore([local()]), server, { onDeviceRevoked }).syncNow();
    expect(report.problem).toBe('signed-out');
    expect(onDeviceRevoked).toHaveBeenCalled();
  });

  it('runs one round at a time and once more for what was saved during it', async () => {
    const store = memoryStore([]);
    let lists = 0;
    // The server answers the first round only when the test lets it, so the other calls come during it.
    let answerFirst: () => void = () => undefined;
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    const server = fakeServer(async () => {
      lists += 1;
      if (lists === 1) await firstAnswered;
      return json([]);
    });
    const sync = syncWith(store, server);
    const a = sync.syncNow();
    await vi.waitFor(() => expect(lists).toBe(1));
    const b = sync.syncNow();
    const c = sync.syncNow();
    answerFirst();
    await Promise.all([a, b, c]);
    expect(lists).toBe(2);
  });
});

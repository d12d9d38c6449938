// Municipality content media against the real server: upload, list, download, replace and remove recorded
// prompts and photos; size, type and content refused; another municipality refused and audited; and two
// tablets (real Dexie storage on fake-indexeddb) exchanging a recording through src/sync/mediaSync.ts.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentMediaItem } from '../../src/protocol/contentMedia';
import { openDb } from '../../src/storage/db';
import { ContentMediaRepository } from '../../src/storage/media';
import { createMediaSync } from '../../src/sync/mediaSync';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { startTestServer, type TestServer } from './support/server';

/** Bytes that start like a real file of the type (the server checks magic numbers). */
const WEBM = [0x1a, 0x45, 0xdf, 0xa3];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const file = (magic: number[], size = 64, fill = 7): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set(magic);
  return bytes;
};

interface Upload {
  id?: string;
  kind: 'prompt' | 'photo';
  key: string;
  language?: string;
}

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`content media on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`content media on ${kind}`, () => {
    let server: TestServer;
    let tokenA: string;
    let tokenA2: string;
    let tokenB: string;

    const upload = (
      token: string | undefined,
      u: Upload,
      bytes: Uint8Array<ArrayBuffer>,
      mime: string,
    ) => {
      const query = new URLSearchParams({ id: u.id ?? randomUUID(), kind: u.kind, key: u.key });
      if (u.language !== undefined) query.set('language', u.language);
      return fetch(`${server.url}/api/content-media?${query}`, {
        method: 'POST',
        headers: { 'content-type': mime, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: bytes,
      });
    };
    const get = (path: string, token: string, method = 'GET') =>
      fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    const list = async (token: string) =>
      (await (await get('/api/content-media', token)).json()) as ContentMediaItem[];
    const refusals = (reason: string) =>
      server.db.query(
        "SELECT * FROM audit_log WHERE outcome = 'refused' AND action LIKE 'content-media%' AND reason = $1",
        [reason],
      );

    beforeAll(async () => {
      server = await startTestServer(kind);
      const a = await server.organisation('Gemeente A', ['consultant', 'teamleider']);
      const b = await server.organisation('Gemeente B');
      tokenA = (await server.session(a.emails.consultant)).accessToken;
      tokenA2 = (await server.session(a.emails.teamleider)).accessToken;
      tokenB = (await server.session(b.emails.consultant)).accessToken;
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('stores a recorded prompt once, lists it for the municipality and returns the same bytes', async () => {
      const id = randomUUID();
      const bytes = file(WEBM, 2000);
      const u = { id, kind: 'prompt' as const, key: 'content:tile.yes', language: 'ti' };
      const first = await upload(tokenA, u, bytes, 'audio/webm;codecs=opus');
      expect(first.status).toBe(201);
      const item = (await first.json()) as ContentMediaItem;
      expect(item).toMatchObject({
        id,
        kind: 'prompt',
        key: 'content:tile.yes',
        language: 'ti',
        mime: 'audio/webm',
        size: 2000,
      });

      // A retry after a lost answer is answered with the stored item, not stored twice.
      const retry = await upload(tokenA, u, bytes, 'audio/webm');
      expect(retry.status).toBe(200);
      expect(((await retry.json()) as ContentMediaItem).id).toBe(id);

      // Every user of the municipality sees it.
      expect((await list(tokenA2)).filter((i) => i.id === id)).toHaveLength(1);
      const download = await get(`/api/content-media/${id}`, tokenA2);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('audio/webm');
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
      const ok = await server.db.query(
        "SELECT * FROM audit_log WHERE action = 'content-media upload' AND outcome = 'ok'",
      );
      expect(ok).toHaveLength(1);
    });

    it('lists only the newest photo of a key, and a removed photo does not bring back the older one', async () => {
      const key = 'tile:school-primary';
      const older = randomUUID();
      const newer = randomUUID();
      expect(
        (await upload(tokenA, { id: older, kind: 'photo', key }, file(JPEG), 'image/jpeg')).status,
      ).toBe(201);
      expect(
        (await upload(tokenA2, { id: newer, kind: 'photo', key }, file(PNG), 'image/png')).status,
      ).toBe(201);
      const photos = (await list(tokenA)).filter((i) => i.key === key);
      expect(photos.map((p) => p.id)).toEqual([newer]);
      expect(photos[0]).toMatchObject({ kind: 'photo', language: '', mime: 'image/png' });

      // Municipal content is removed by a teamleider or beheerder, not by a consultant.
      expect((await get(`/api/content-media/${newer}`, tokenA2, 'DELETE')).status).toBe(200);
      expect((await list(tokenA)).filter((i) => i.key === key)).toEqual([]);
      expect((await get(`/api/content-media/${newer}`, tokenA)).status).toBe(404);
    });

    it('refuses uploads that are too large, of another type, not what they claim, or badly named', async () => {
      const prompt = { kind: 'prompt' as const, key: 'content:tile.no', language: 'ar' };
      const photo = { kind: 'photo' as const, key: 'question:family.school' };
      const expectRefusal = async (response: Response, status: number, reason: string) => {
        expect(response.status).toBe(status);
        expect(await response.json()).toEqual({ error: 'invalid-request', reason });
      };
      await expectRefusal(
        await upload(tokenA, prompt, file(WEBM, 2 * 1024 * 1024 + 1), 'audio/webm'),
        413,
        'too-large',
      );
      await expectRefusal(
        await upload(tokenA, photo, file(JPEG, 1024 * 1024 + 1), 'image/jpeg'),
        413,
        'too-large',
      );
      await expectRefusal(
        await upload(tokenA, photo, file([0x47, 0x49, 0x46, 0x38]), 'image/gif'),
        415,
        'unsupported-type',
      );
      await expectRefusal(
        await upload(tokenA, prompt, file(WEBM), 'text/plain'),
        415,
        'unsupported-type',
      );
      await expectRefusal(
        await upload(tokenA, photo, file(WEBM), 'audio/webm'),
        415,
        'unsupported-type',
      );
      await expectRefusal(
        await upload(tokenA, prompt, file(JPEG), 'audio/webm'),
        415,
        'content-mismatch',
      );
      await expectRefusal(
        await upload(tokenA, { ...prompt, language: undefined }, file(WEBM), 'audio/webm'),
        400,
        'bad-query',
      );
      await expectRefusal(
        await upload(tokenA, { ...photo, key: 'tile:<script>' }, file(JPEG), 'image/jpeg'),
        400,
        'bad-query',
      );
      await expectRefusal(
        await upload(tokenA, { ...photo, language: 'nl' }, file(JPEG), 'image/jpeg'),
        400,
        'bad-query',
      );
      expect((await upload(undefined, photo, file(JPEG), 'image/jpeg')).status).toBe(401);
      expect((await refusals('too-large')).length).toBeGreaterThanOrEqual(2);
      expect((await refusals('content-mismatch')).length).toBeGreaterThanOrEqual(1);
      expect(
        (await list(tokenA)).filter((i) => i.key === photo.key || i.key === prompt.key),
      ).toEqual([]);
    });

    it('refuses media of another municipality, and audits it', async () => {
      const id = randomUUID();
      const u = { id, kind: 'prompt' as const, key: 'content:tile.unsure', language: 'so' };
      expect((await upload(tokenA, u, file(WEBM), 'audio/webm')).status).toBe(201);

      expect((await list(tokenB)).map((i) => i.id)).not.toContain(id);
      const foreign = await get(`/api/content-media/${id}`, tokenB);
      // Answered exactly as an unknown id, so another municipality's media is not confirmed to exist.
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toEqual({ error: 'not-found' });
      // A consultant may delete no content media at all, whoever's: refused before the id is looked up.
      expect((await get(`/api/content-media/${id}`, tokenB, 'DELETE')).status).toBe(403);
      // Its id cannot be taken over either.
      expect((await upload(tokenB, u, file(WEBM), 'audio/webm')).status).toBe(409);
      expect((await get(`/api/content-media/${randomUUID()}`, tokenB)).status).toBe(404);
      expect((await get('/api/content-media/not-a-uuid', tokenB)).status).toBe(404);

      // Both refusals are audited: the look-up from elsewhere, and the removal by a consultant.
      const refused = await refusals('other-organisation');
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(refused.every((r) => r.target === id)).toBe(true);
      expect((await refusals('role-consultant')).map((r) => r.target)).toContain(id);
      expect((await list(tokenA)).map((i) => i.id)).toContain(id);
    });

    it('carries a recording from one tablet to another through the media sync, and its removal too', async () => {
      const tablet = (name: string, token: () => string) => {
        const store = new ContentMediaRepository(openDb(`${name}-${randomUUID()}`));
        const sync = createMediaSync({
          baseUrl: server.url,
          getAccessToken: async () => token(),
          store,
        });
        return { store, sync };
      };
      const one = tablet('tablet-1', () => tokenA);
      const two = tablet('tablet-2', () => tokenA2);
      const bytes = file(WEBM, 512, 3);
      const saved = await one.store.save({
        kind: 'prompt',
        key: 'content:question.family.partner.text',
        language: 'ti',
        blob: new Blob([bytes], { type: 'audio/webm' }),
      });
      expect(saved.uploadState).toBe('pending');

      const sent = await one.sync.syncNow();
      expect(sent).toMatchObject({ uploaded: 1, refused: 0 });
      expect((await one.store.list()).find((i) => i.id === saved.id)?.uploadState).toBe('uploaded');

      const received = await two.sync.syncNow();
      expect(received.downloaded).toBeGreaterThanOrEqual(1);
      const found = await two.store.find('prompt', 'content:question.family.partner.text', 'ti');
      expect(found?.info.id).toBe(saved.id);
      expect(new Uint8Array(await found!.blob.arrayBuffer())).toEqual(bytes);

      await two.store.remove(saved.id);
      expect(
        await two.store.find('prompt', 'content:question.family.partner.text', 'ti'),
      ).toBeUndefined();
      expect((await two.sync.syncNow()).removed).toBe(1);
      await one.sync.syncNow();
      expect(
        await one.store.find('prompt', 'content:question.family.partner.text', 'ti'),
      ).toBeUndefined();
    });

    it('keeps a recording the server refuses on the tablet, marked with the reason', async () => {
      const store = new ContentMediaRepository(openDb(`tablet-3-${randomUUID()}`));
      const sync = createMediaSync({
        baseUrl: server.url,
        getAccessToken: async () => tokenA,
        store,
      });
      // Claims to be WebM but is not: refused for good, never retried, still on the tablet.
      const saved = await store.save({
        kind: 'prompt',
        key: 'content:tile.yes',
        language: 'fa',
        blob: new Blob([file(JPEG)], { type: 'audio/webm' }),
      });
      expect((await sync.syncNow()).refused).toBe(1);
      const info = (await store.list()).find((i) => i.id === saved.id);
      expect(info).toMatchObject({ uploadState: 'error', uploadError: 'content-mismatch' });
      expect((await sync.syncNow()).refused).toBe(0);
    });
  });
}

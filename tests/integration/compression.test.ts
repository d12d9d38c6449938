// Compressed answers: the built files go as the .br/.gz that scripts/precompress.ts wrote beside them (same bytes once
// decompressed, the same cache headers), the SPA fallback too; API text answers above the threshold are compressed
// on the fly; token answers and media never are; the security headers come on all of them; /sync still upgrades.
import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { precompress } from '../../scripts/precompress';
import { buildApp, COMPRESS_THRESHOLD_BYTES } from '../../src/server/app';
import type { SessionResponse } from '../../src/protocol/api';
import { PASSWORD, startTestServer, type TestServer } from './support/server';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, not decompressed. */
  body: Buffer;
}

/** A request whose body is read as it came over the wire (fetch would decompress it and hide the encoding). */
const get = (
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: Buffer | string,
): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

const decoded = (r: Raw): Buffer => {
  const encoding = r.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(r.body);
  if (encoding === 'gzip') return gunzipSync(r.body);
  if (encoding === undefined) return r.body;
  throw new Error(`unexpected content-encoding ${encoding}`);
};

const expectSecurityHeaders = (r: Raw) => {
  expect(r.headers['content-security-policy']).toContain("script-src 'self'");
  expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(r.headers['x-content-type-options']).toBe('nosniff');
  expect(r.headers['referrer-policy']).toBe('no-referrer');
};

const varies = (r: Raw) =>
  String(r.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes('accept-encoding');

/** A built PWA of a shape like vite's: a page and a hashed script, both well above the threshold. */
const ASSET = 'assets/index-Bx7d9QkA.js';
const script = Array.from(
  { length: 400 },
  (_, i) => `export const answer${i} = (x) => x * ${i} + "vraag.${i}";`,
).join('\n');
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Samenspraak</title>${'<link rel="preload" href="/pictograms/x.svg">'.repeat(40)}<script type="module" src="/${ASSET}"></script></head><body><div id="root"></div></body></html>`;

let dist: string;
let server: TestServer;
let teamleiderToken: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'samenspraak-compress-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(join(dist, ASSET), script);
  const result = await precompress(dist);
  expect(result.files).toBe(2);
  server = await startTestServer('pglite', { distDir: dist });
  const org = await server.organisation('Gemeente Compressie', ['teamleider']);
  teamleiderToken = (await server.session(org.emails.teamleider)).accessToken;
});
afterAll(async () => {
  await server?.stop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('built files, precompressed at build time', () => {
  const plain = () => readFileSync(join(dist, ASSET));

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])(
    'a hashed script asked with Accept-Encoding: %s comes as %s, the same bytes once decompressed',
    async (accept, encoding) => {
      const r = await get(`${server.url}/${ASSET}`, { 'accept-encoding': accept });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.body.length).toBeLessThan(plain().length / 3);
      expect(decoded(r).equals(plain())).toBe(true);
      expect(r.headers['content-type']).toMatch(/javascript/);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(varies(r)).toBe(true);
      expect(
        r.body.equals(readFileSync(join(dist, `${ASSET}.${encoding === 'br' ? 'br' : 'gz'}`))),
      ).toBe(true);
      expectSecurityHeaders(r);
    },
  );

  it('goes as the plain file to a client that accepts no encoding', async () => {
    const r = await get(`${server.url}/${ASSET}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(plain())).toBe(true);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(r);
  });

  it.each(['/', '/index.html', '/cases/123/conversation'])(
    'serves the page at %s compressed, still revalidated (no-cache)',
    async (path) => {
      for (const [accept, encoding] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
      ]) {
        const r = await get(`${server.url}${path}`, { 'accept-encoding': accept! });
        expect(r.status).toBe(200);
        expect(r.headers['content-encoding']).toBe(encoding);
        expect(r.headers['content-type']).toMatch(/^text\/html/);
        expect(r.headers['cache-control']).toBe('no-cache');
        expect(varies(r)).toBe(true);
        expect(decoded(r).toString()).toBe(page);
        expectSecurityHeaders(r);
      }
      const bare = await get(`${server.url}${path}`);
      expect(bare.headers['content-encoding']).toBeUndefined();
      expect(bare.body.toString()).toBe(page);
      expect(bare.headers['cache-control']).toBe('no-cache');
    },
  );
});

describe('API answers, compressed as they are sent', () => {
  const auth = () => ({ authorization: `Bearer ${teamleiderToken}` });

  it.each([
    ['JSON', '?format=json', /^application\/json/],
    ['XLIFF', '', /^application\/xliff\+xml/],
  ])(
    'a %s answer above the threshold comes compressed, with the security headers',
    async (_name, query, type) => {
      const url = `${server.url}/api/backoffice/translations/ar/export${query}`;
      const bare = await get(url, auth());
      expect(bare.status).toBe(200);
      expect(bare.headers['content-encoding']).toBeUndefined();
      expect(bare.body.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);
      for (const encoding of ['br', 'gzip']) {
        const r = await get(url, { ...auth(), 'accept-encoding': encoding });
        expect(r.status).toBe(200);
        expect(r.headers['content-encoding']).toBe(encoding);
        expect(r.headers['content-type']).toMatch(type);
        expect(varies(r)).toBe(true);
        expect(r.body.length).toBeLessThan(bare.body.length / 2);
        // The same answer (the export has no timestamp in it).
        expect(decoded(r).equals(bare.body)).toBe(true);
        expectSecurityHeaders(r);
      }
    },
  );

  it('leaves small answers as they are', async () => {
    const r = await get(`${server.url}/api/health`, { 'accept-encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(r.body.toString())).toEqual({ ok: true });
    expectSecurityHeaders(r);
  });

  it('never compresses an answer that carries tokens (login, refresh), even above the threshold', async () => {
    // A long municipality name makes the answers long enough that they would be compressed otherwise.
    const org = await server.organisation(`Gemeente ${'Lange Naam '.repeat(120)}`, ['consultant']);
    const post = (path: string, body: unknown) =>
      get(
        `${server.url}${path}`,
        { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
        'POST',
        JSON.stringify(body),
      );
    const login = await post('/api/login', {
      email: org.emails.consultant,
      password: PASSWORD,
      deviceName: 'test tablet',
    });
    const refresh = await post('/api/refresh', {
      refreshToken: (JSON.parse(login.body.toString()) as SessionResponse).refreshToken,
    });
    for (const r of [login, refresh]) {
      expect(r.status).toBe(200);
      expect(r.body.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(r.body.toString())).toHaveProperty('accessToken');
      expectSecurityHeaders(r);
    }
  });

  it('sends recorded audio and photos as stored, not compressed again', async () => {
    const bytes = Buffer.alloc(4000, 7);
    bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
    const id = randomUUID();
    const query = new URLSearchParams({
      id,
      kind: 'prompt',
      key: 'content:tile.yes',
      language: 'ti',
    });
    const up = await get(
      `${server.url}/api/content-media?${query}`,
      { ...auth(), 'content-type': 'audio/webm' },
      'POST',
      bytes,
    );
    expect(up.status).toBe(201);
    const r = await get(`${server.url}/api/content-media/${id}`, {
      ...auth(),
      'accept-encoding': 'br, gzip',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('audio/webm');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(bytes)).toBe(true);
  });

  it('leaves the WebSocket upgrade on /sync alone', async () => {
    const socket = new WebSocket(server.wsUrl, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
        socket.once('unexpected-response', (_req, res) =>
          reject(new Error(`upgrade refused: ${res.statusCode}`)),
        );
      });
    } finally {
      socket.terminate();
    }
  });
});

describe('streamed answers (the inzage export streams its JSON and HTML)', () => {
  const MB = 1024 * 1024;
  const CHUNK = 64 * 1024;
  /** How long a client stops reading: at ~150 MB/s a source that ignored the pace would pass 64 MB well within it. */
  const NOT_READING_MS = 1500;
  /** Text that compresses about as little as base-36 noise: a compressor takes little more input than it sends. */
  const noise = Array.from({ length: MB / 8 }, () =>
    Math.random().toString(36).slice(2, 10).padEnd(8, '0'),
  ).join('');
  let app: FastifyInstance;
  let url: string;
  let produced = 0;
  let closed = 0;

  beforeAll(async () => {
    app = await buildApp({
      distDir: dist,
      routes: (a) => {
        a.get<{ Querystring: { mb: string } }>('/api/stream', async (request, reply) => {
          const chunks = (Number(request.query.mb) * MB) / CHUNK;
          produced = 0;
          const source = Readable.from(
            (function* () {
              for (let i = 0; i < chunks; i++) {
                produced += CHUNK;
                const at = (i * CHUNK) % noise.length;
                yield noise.slice(at, at + CHUNK);
              }
            })(),
          );
          source.once('close', () => (closed += 1));
          return reply.type('application/json; charset=utf-8').send(source);
        });
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['gzip, deflate, br', 'gzip'],
    ['br', 'br'],
  ])(
    'are compressed as they stream (Accept-Encoding: %s → %s), whole once decompressed',
    async (accept, encoding) => {
      const r = await get(`${url}/api/stream?mb=2`, { 'accept-encoding': accept });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers['content-length']).toBeUndefined();
      expect(varies(r)).toBe(true);
      const text = decoded(r).toString();
      expect(text.length).toBe(2 * MB);
      expect(text.slice(0, 1000)).toBe(noise.slice(0, 1000));
      expectSecurityHeaders(r);
    },
  );

  it('go plain to a client that accepts no encoding', async () => {
    const r = await get(`${url}/api/stream?mb=1`);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.length).toBe(MB);
  });

  it.each(['gzip', 'br', 'deflate'])(
    'are produced at the pace of the client (%s): one that stops reading stops the source; one that leaves releases it',
    async (encoding) => {
      const before = closed;
      // Socket and stream buffers hold a few MB (6 measured); without the pace kept, @fastify/compress produced
      // about 150 MB a second until the whole 512 MB was done.
      const whilePaused = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          `${url}/api/stream?mb=512`,
          { headers: { 'accept-encoding': encoding }, agent: false },
          (res) => {
            res.pause();
            // A bounded wait that proves something does NOT happen (there is no event for "the source did not
            // run ahead"): the client reads nothing for NOT_READING_MS and the source must not get far.
            setTimeout(() => {
              const seen = produced;
              res.destroy();
              if (res.headers['content-encoding'] === encoding) resolve(seen);
              else reject(new Error(`sent as ${res.headers['content-encoding']}`));
            }, NOT_READING_MS);
          },
        );
        req.on('error', reject);
        req.end();
      });
      console.log(
        `${encoding}: ${(whilePaused / MB).toFixed(1)} MB produced for a client that stopped reading`,
      );
      expect(whilePaused).toBeLessThan(64 * MB);
      await expect.poll(() => closed, { timeout: 5000 }).toBe(before + 1);
    },
  );
});

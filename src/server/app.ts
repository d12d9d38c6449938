// Builds the Fastify app: the built PWA (precompressed files where the build made them) with an SPA fallback,
// /api/health, and a hook for the API routes, whose text answers are compressed.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline, Readable, type Transform } from 'node:stream';
import { constants as zlib, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';
import { registerErrorHandler } from './errorHandler';
import { securityHeaders } from './securityHeaders';

/** API answers smaller than this go as they are: compressing them saves less than the headers it adds. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** Text the server compresses as it sends: JSON, CSV, HTML, XML (XLIFF), JavaScript, SVG. Not audio or images
 * (already compressed), not octet-stream, not event streams (a compressor would hold events back). */
const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?(?:json|xml)\b|application\/javascript\b|image\/svg\+xml\b)/i;

/** Answers that carry fresh tokens: never compressed, so their length tells nothing about them (BREACH). */
const TOKEN_ROUTES = new Set(['/api/login', '/api/refresh']);

/** The built files that scripts/precompress.ts writes .br and .gz beside; their answers vary with Accept-Encoding. */
const PRECOMPRESSED = /\.(?:js|css|html|svg|json|webmanifest)$/;

/** Compressors for streamed answers, in order of preference: gzip first (a quarter MB of state per answer). */
const STREAM_ENCODINGS: [string, () => Transform][] = [
  ['gzip', () => createGzip()],
  [
    'br',
    () =>
      createBrotliCompress({
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 4,
          [zlib.BROTLI_PARAM_LGWIN]: 18,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        },
      }),
  ],
  ['deflate', () => createDeflate()],
];

/** The first of `encodings` that an Accept-Encoding header admits (named, or by `*`, with a q above 0). */
export const negotiateEncoding = (
  header: string | undefined,
  encodings: string[],
): string | undefined => {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name) weights.set(name, q ? Number(q.slice(2)) : 1);
  }
  return encodings.find((e) => (weights.get(e) ?? weights.get('*') ?? 0) > 0);
};

export interface AppOptions {
  /** Folder of the built PWA (vite build output). */
  distDir: string;
  logger?: boolean;
  /** Registers the API routes before the SPA fallback. */
  routes?: (app: FastifyInstance) => void;
  /** The proxies (addresses, ranges) whose X-Forwarded-For gives request.ip; none by default. */
  trustProxy?: string[];
  /** Adds HSTS (the production server is always behind HTTPS). */
  production?: boolean;
}

export const buildApp = async ({
  distDir,
  logger = false,
  routes,
  trustProxy = [],
  production = false,
}: AppOptions): Promise<FastifyInstance> => {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(
      `No built app in ${root}. Run "npm run build" first (npm start does it for you).`,
    );
  }
  // Only named proxies: trusting every sender would let anyone pick the address the login limit counts.
  const app = Fastify({ logger, trustProxy: trustProxy.length > 0 ? trustProxy : false });
  registerErrorHandler(app);
  const headers = securityHeaders(production);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });
  app.addHook('onRoute', (route) => {
    if (TOKEN_ROUTES.has(route.url)) route.compress = false;
  });
  // Streamed answers (the inzage export; a built file the build did not precompress) are compressed here, in a
  // plain pipeline that keeps the pace of the client. @fastify/compress (9.2) passes its compressor's output on
  // through a transform that does not wait for the socket when brotli answers late (measured: of a 512 MB answer,
  // 487 MB produced for a client that stopped reading, against 6 MB here), and brotli is what browsers get first.
  // So it never gets a stream (one left plain here is marked with its documented x-no-compression); gzip first,
  // and brotli with a small window, keep the compressor's state small.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!(payload instanceof Readable)) return payload;
    const type = reply.getHeader('content-type');
    const length = Number(reply.getHeader('content-length') ?? Infinity);
    const compressible =
      reply.getHeader('content-encoding') === undefined &&
      reply.statusCode !== 206 &&
      reply.getHeader('content-range') === undefined &&
      typeof type === 'string' &&
      COMPRESSIBLE.test(type) &&
      length >= COMPRESS_THRESHOLD_BYTES;
    if (compressible) {
      const vary = String(reply.getHeader('vary') ?? '');
      if (!/accept-encoding/i.test(vary))
        reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
    }
    const encoding = compressible
      ? negotiateEncoding(
          request.headers['accept-encoding'],
          STREAM_ENCODINGS.map(([name]) => name),
        )
      : undefined;
    const compressor = STREAM_ENCODINGS.find(([name]) => name === encoding)?.[1];
    if (!encoding || !compressor) {
      request.headers['x-no-compression'] = 'stream';
      return payload;
    }
    reply.header('content-encoding', encoding).removeHeader('content-length');
    // An error or a client that goes away destroys both, so the source releases what it holds (textStream's done).
    return pipeline(payload, compressor(), () => undefined);
  });
  // Buffered answers above the threshold: compressed by @fastify/compress (brotli quality 4 or gzip), registered
  // before the routes because its onSend applies to routes registered after it. The WebSocket upgrade on /sync
  // never reaches a route (collab/attach.ts takes it from the HTTP server), so it is not touched. Tablets send
  // plain bodies: no request decompression.
  await app.register(fastifyCompress, {
    threshold: COMPRESS_THRESHOLD_BYTES,
    customTypes: COMPRESSIBLE,
    globalDecompression: false,
  });
  await app.register(fastifyStatic, {
    root,
    // dist/x.js.br and .gz from the build are sent as they are when the client accepts them (no work per request).
    preCompressed: true,
    // The Cache-Control below is the only one: send's own (public, max-age=0) would be set after setHeaders and win.
    cacheControl: false,
    setHeaders: (res, served) => {
      // `served` is the file sent, index.html.br for index.html: the rules are about the file asked for.
      const path = served.replace(/\.(?:br|gz)$/, '');
      if (PRECOMPRESSED.test(path)) res.setHeader('Vary', 'accept-encoding');
      // The service worker and the page must be revalidated so updates are found; hashed assets are immutable.
      if (path.endsWith('sw.js') || path.endsWith('.html') || path.endsWith('.webmanifest')) {
        res.setHeader('Cache-Control', 'no-cache');
      } else if (path.includes('/assets/')) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        // Pictograms and icons keep their names across versions: cached, but asked again each time.
        res.setHeader('Cache-Control', 'public, max-age=0');
      }
    },
  });
  app.get('/api/health', async () => ({ ok: true }));
  routes?.(app);
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not-found' });
  });
  return app;
};

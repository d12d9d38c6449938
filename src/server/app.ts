// Builds the Fastify app: the built PWA with an SPA fallback, /api/health, and a hook for the API routes.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { registerErrorHandler } from './errorHandler';
import { securityHeaders } from './securityHeaders';

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
  await app.register(fastifyStatic, {
    root,
    setHeaders: (res, path) => {
      // The service worker and the page must be revalidated so updates are found; hashed assets are immutable.
      if (path.endsWith('sw.js') || path.endsWith('.html') || path.endsWith('.webmanifest')) {
        res.setHeader('Cache-Control', 'no-cache');
      } else if (path.includes('/assets/')) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
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

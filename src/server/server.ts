// Composes the server: database, accounts API, Hocuspocus sync on /sync, optional Redis, compaction; one close() for all.
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { createAudit } from './audit';
import { registerAuditRoutes } from './audit/routes';
import { closeDeletedDocument } from './avg/closeDeleted';
import { registerAvgRoutes } from './avg/routes';
import { withTombstones } from './avg/tombstones';
import { withGroupCommit } from './collab/groupCommit';
import { registerRequestAuth } from './auth/requestAuth';
import { registerAuthRoutes } from './auth/routes';
import { loadTokenKeys } from './auth/secret';
import { createAuthService, type AuthOptions, type AuthService } from './auth/service';
import type { ServerConfig } from './config';
import { registerCaseRoutes } from './cases/routes';
import { registerBackofficeRoutes } from './backoffice/routes';
import { seedDemoIfEmpty } from './demo';
import type { Database } from './persistence/db';
import { createDocumentStore, type DocumentStore } from './persistence/documentStore';
import { openDatabase } from './persistence/open';
import { attachSync, DEFAULT_SOCKET_LIMITS } from './collab/attach';
import { clientAddressResolver } from './clientAddress';
import { startCompactionSweep } from './collab/compaction';
import {
  createSyncServer,
  disconnectDevice,
  notifyCasesChanged,
  notifyContentChanged,
  type SyncServer,
} from './collab/hocuspocus';
import { startRevocationWatch } from './collab/revocationWatch';
import { closeRedisExtension, redisExtension } from './collab/redis';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  store: DocumentStore;
  sync: SyncServer;
  auth: AuthService;
  /** http://host:port of the listening server. */
  url: string;
  demoLogin?: { email: string; password: string };
  close(): Promise<void>;
}

/** How often the server compacts the stored updates of every case, ms (StartOptions.compactionIntervalMs). */
export const COMPACTION_SWEEP_MS = 5 * 60_000;

export interface StartOptions {
  /** Use this database instead of opening one from the config (tests). */
  db?: Database;
  auth?: AuthOptions;
  /** Interval of the compaction sweep, ms. */
  compactionIntervalMs?: number;
  /** Interval at which open sockets are checked for revoked devices, ms. */
  revocationCheckMs?: number;
  storeDebounceMs?: number;
}

export const startServer = async (
  config: ServerConfig,
  opts: StartOptions = {},
): Promise<RunningServer> => {
  const db = opts.db ?? (await openDatabase(config));
  if (config.redisUrl && db.kind === 'pglite') {
    console.warn(
      '[server] REDIS_URL is set but the store is embedded PGlite: every instance needs the same DATABASE_URL.',
    );
  }
  const audit = createAudit(db);
  // A deleted case (tombstone) is never loaded, appended to or compacted again.
  // Appends are group-committed: one INSERT for every update that arrived while the last one was written.
  const store = withGroupCommit(withTombstones(createDocumentStore(db), db), db);
  const auth = createAuthService(db, await loadTokenKeys(db, config.jwtSecret), audit, opts.auth);
  const demoLogin = config.seedDemo && !config.production ? await seedDemoIfEmpty(db) : undefined;

  const redis = config.redisUrl ? redisExtension(config.redisUrl, config.redisPrefix) : undefined;
  const sync = createSyncServer({
    db,
    store,
    auth,
    audit,
    extensions: redis ? [redis] : [],
    quotas: config.quotas,
    ...(opts.storeDebounceMs !== undefined
      ? { debounce: opts.storeDebounceMs, maxDebounce: opts.storeDebounceMs * 5 }
      : {}),
  });

  const app = await buildApp({
    distDir: config.distDir,
    logger: config.logger,
    trustProxy: config.trustProxy,
    production: config.production,
    routes: (a) => {
      // Who makes a request (app.signedIn) and its audit entries (request.audit), for every route below.
      registerRequestAuth(a, { auth, audit });
      registerAuthRoutes(a, {
        db,
        auth,
        onDeviceRevoked: (id) => void disconnectDevice(sync, id),
      });
      registerCaseRoutes(a, { db, onCasesChanged: (org) => notifyCasesChanged(sync, org) });
      registerBackofficeRoutes(a, {
        db,
        onContentChanged: (org) => notifyContentChanged(sync, org),
        onDeviceRevoked: (id) => void disconnectDevice(sync, id),
      });
      registerAvgRoutes(a, {
        db,
        store,
        onCaseDeleted: async (name, organisationId) => {
          await closeDeletedDocument(sync, db, name);
          notifyCasesChanged(sync, organisationId);
        },
      });
      registerAuditRoutes(a, { db });
      void a.register(import('./media/routes'), { db });
    },
  });
  const socket = attachSync(app.server, sync, {
    limits: {
      ...DEFAULT_SOCKET_LIMITS,
      maxMessageBytes: config.maxMessageBytes,
      ...config.socketLimits,
    },
    clientAddress: clientAddressResolver(config.trustProxy),
    audit,
  });
  const sweep = startCompactionSweep(store, opts.compactionIntervalMs ?? COMPACTION_SWEEP_MS);
  // One cheap query for new revocations: a tablet revoked from the CLI loses its sockets within seconds.
  const revocations = startRevocationWatch(sync, db, opts.revocationCheckMs ?? 2_000);

  await app.listen({ port: config.port, host: config.host });
  // Logs left by a crash are folded in soon after start, not only at the first interval.
  void sweep.runOnce();
  const { port } = app.server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      revocations.stop();
      await sweep.stop();
      await socket.close();
      // Every update is already in the log; finishing pending stores only saves a compaction on the next start.
      await flushStores(sync);
      await app.close();
      await audit.stop();
      if (redis) await closeRedisExtension(redis);
      if (!opts.db) await db.close();
    })());

  return { app, db, store, sync, auth, url: `http://${host}:${port}`, demoLogin, close };
};

/** Runs debounced onStoreDocument hooks now and waits (bounded) for running ones. */
const flushStores = async (sync: SyncServer, timeoutMs = 5000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  const ids = () => [...sync.documents.keys()].map((name) => `onStoreDocument-${name}`);
  // A store that hangs (a database under load) must not hold the shutdown: its updates are in the log.
  await Promise.race([
    Promise.allSettled(ids().map((id) => sync.debouncer.executeNow(id))),
    new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ]);
  while (
    Date.now() < deadline &&
    ids().some((id) => sync.debouncer.isDebounced(id) || sync.debouncer.isCurrentlyExecuting(id))
  ) {
    await new Promise((r) => setTimeout(r, 20));
  }
};

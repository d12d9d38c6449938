// The servers under load, each in its own process: ours (src/server/main.ts, the real entry, on a fresh
// PGlite or PostgreSQL store with one municipality and a few logged-in devices) and the baseline
// @y/websocket-server as shipped (its own bin, in memory or with its LevelDB persistence).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SessionResponse } from '../../../src/protocol/api';
import { createOrganisation, createUser } from '../../../src/server/auth/accounts';
import { openDatabase } from '../../../src/server/persistence/open';
import { startChildServer } from '../../integration/support/childServer';
import { freshDatabaseConfig, type AdapterKind } from '../../integration/support/databases';
import { dummyDist, PASSWORD } from '../../integration/support/server';

export interface ServerUnderLoad {
  /** WebSocket URL the clients connect to (Hocuspocus: the /sync endpoint; y-websocket: the server root). */
  wsUrl: string;
  pid: number;
  /** Access tokens of logged-in devices of one municipality (ours only). */
  tokens: string[];
  stop(): Promise<void>;
}

/** Ours, as `npm start` runs it (without building the PWA): production debounce, no request log. */
export const startOurs = async (kind: AdapterKind, devices: number): Promise<ServerUnderLoad> => {
  const { cleanup, ...dbConfig } = freshDatabaseConfig(kind);
  const email = `bench-${Date.now()}@example.nl`;
  const db = await openDatabase(dbConfig);
  try {
    const org = await createOrganisation(db, `Gemeente Load ${Date.now()}`);
    await createUser(db, { organisationId: org.id, email, role: 'consultant', password: PASSWORD });
  } finally {
    await db.close();
  }
  const server = await startChildServer({
    DIST_DIR: dummyDist(),
    DATA_DIR: dbConfig.dataDir,
    ...(dbConfig.databaseUrl
      ? { DATABASE_URL: dbConfig.databaseUrl, DATABASE_SCHEMA: dbConfig.databaseSchema ?? '' }
      : {}),
  });
  try {
    const tokens: string[] = [];
    for (let i = 0; i < devices; i++) {
      const res = await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, deviceName: `load tablet ${i}` }),
      });
      if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      tokens.push(((await res.json()) as SessionResponse).accessToken);
    }
    return {
      wsUrl: server.wsUrl,
      pid: server.process.pid ?? 0,
      tokens,
      stop: async () => {
        await server.stop();
        await cleanup();
      },
    };
  } catch (error) {
    await server.stop();
    await cleanup();
    throw error;
  }
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const require = createRequire(import.meta.url);
/** A package's installed version, also for packages whose exports hide their package.json. */
const versionOf = (pkg: string): string => {
  for (const modules of require.resolve.paths(pkg) ?? []) {
    const file = join(modules, pkg, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error(`${pkg} is not installed`);
};
/** Installed versions of the baseline server, its client library and its persistence, for the report. */
export const baselineVersions = () => ({
  server: versionOf('@y/websocket-server'),
  client: versionOf('y-websocket'),
  leveldb: versionOf('y-leveldb'),
});

export const hocuspocusVersion = () => versionOf('@hocuspocus/server');

/** A server process whose stdout says when it listens; `ready` reads the port from that output. */
const spawnServer = async (
  what: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: (out: string) => number | undefined,
  cleanup: () => Promise<void> = async () => {},
): Promise<ServerUnderLoad & { output: string }> => {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await cleanup();
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const port = ready(out);
        if (port) resolve(port);
      });
      child.once('exit', (code) => reject(new Error(`${what} exited with ${code}:\n${out}`)));
    });
    return { wsUrl: `ws://127.0.0.1:${port}`, pid: child.pid ?? 0, tokens: [], stop, output: out };
  } catch (error) {
    await stop();
    throw error;
  }
};

/**
 * The baseline: `y-websocket-server` of @y/websocket-server, unmodified. `persist: false` keeps documents in
 * memory only (its default); `persist: true` sets YPERSISTENCE, so it writes every update to LevelDB
 * (y-leveldb) in a fresh temporary folder, as ours writes every update to its database.
 */
export const startBaseline = async (persist: boolean): Promise<ServerUnderLoad> => {
  const bin = join(dirname(require.resolve('@y/websocket-server/package.json')), 'src/server.js');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  // Any YPERSISTENCE (even empty) switches it to LevelDB; no HTTP callback either.
  delete env.YPERSISTENCE;
  delete env.CALLBACK_URL;
  const folder = persist ? await mkdtemp(join(tmpdir(), 'samenspraak-ybaseline-')) : undefined;
  if (folder) env.YPERSISTENCE = join(folder, 'leveldb');
  const server = await spawnServer(
    'baseline server',
    [bin],
    env,
    (out) => (out.includes('running at') ? port : undefined),
    async () => {
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  );
  if (persist && !server.output.includes('Persisting documents')) {
    await server.stop();
    throw new Error(`baseline server did not switch to LevelDB persistence:\n${server.output}`);
  }
  return server;
};

/** The reference: plain @hocuspocus/server in memory (hocuspocusReference.ts); the clients send no token. */
export const startHocuspocusReference = (): Promise<ServerUnderLoad> =>
  spawnServer(
    'reference server',
    ['--import', 'tsx', fileURLToPath(new URL('./hocuspocusReference.ts', import.meta.url))],
    process.env,
    (out) => Number(/listening on (\d+)/.exec(out)?.[1]) || undefined,
  );

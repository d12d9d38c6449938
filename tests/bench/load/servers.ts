// The servers under load, each in its own process and its own session (so `pin.ts` can raise its scheduling
// group): ours (src/server/main.ts, the real entry, on a fresh PGlite or PostgreSQL store with one
// municipality and a few logged-in devices), the baseline @y/websocket-server as shipped (its own bin, in
// memory or with its LevelDB persistence), and plain @hocuspocus/server as a reference.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SessionResponse } from '../../../src/protocol/api';
import { freshDatabaseConfig, type AdapterKind } from '../../integration/support/databases';
import { prioritise } from './pin';

export interface ServerUnderLoad {
  /** WebSocket URL the clients connect to (Hocuspocus: the /sync endpoint; y-websocket: the server root). */
  wsUrl: string;
  pid: number;
  /** Access tokens of logged-in devices of one municipality (ours only). */
  tokens: string[];
  /** The PostgreSQL database it uses, if any: its backends are part of the server. */
  databaseUrl?: string;
  stop(): Promise<void>;
}

const PASSWORD = 'load bench password';

/** A folder with an index.html standing in for the built PWA (the bench loads no page). */
const dummyDist = (): string => {
  const dir = join(tmpdir(), 'samenspraak-load-dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Samenspraak load bench</title>');
  return dir;
};

interface Spawned {
  port: number;
  pid: number;
  output: string;
  stop(): Promise<void>;
}

/**
 * A Node server process in a new session, whose stdout says when it listens (`ready` reads the port).
 * Stopped with SIGKILL: its store is thrown away after the step, so nothing needs flushing (ours would
 * otherwise store every document on SIGTERM, seconds per step).
 */
const spawnServer = async (what: string, args: string[], env: NodeJS.ProcessEnv, ready: (out: string) => number | undefined, cleanup = async () => {}): Promise<Spawned> => {
  const profile = process.env.BENCH_LOAD_PROFILE;
  // Profiled (BENCH_LOAD_PROFILE=<folder>): SIGTERM ends the process at once, and Node writes the profile on exit.
  const exitOnTerm = `data:text/javascript,process.on('SIGTERM',()=>process.exit(0))`;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, '--import', exitOnTerm, ...args] : args;
  const child = spawn(process.execPath, nodeArgs, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  prioritise(child.pid ?? 0);
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // A profiled server is asked to stop, so Node writes its profile on the way out.
      child.kill(profile ? 'SIGTERM' : 'SIGKILL');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    process.off('exit', orphan);
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
    return { port, pid: child.pid ?? 0, output: out, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

/** One municipality with one consultant in the fresh store (seed.ts, in its own raised group like the servers). */
const seed = async (env: NodeJS.ProcessEnv, email: string) => {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./seed.ts', import.meta.url)), email, PASSWORD], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  prioritise(child.pid ?? 0);
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`seeding the store failed (${code}):\n${err}`);
};

/** Ours, as `npm start` runs it (without building the PWA): production debounce, no request log. */
export const startOurs = async (kind: AdapterKind, devices: number): Promise<ServerUnderLoad> => {
  const { cleanup, ...dbConfig } = freshDatabaseConfig(kind);
  const email = `bench-${Date.now()}@example.nl`;
  const env = {
    ...process.env,
    // Only what the bench passes selects the store.
    DATABASE_URL: dbConfig.databaseUrl ?? '',
    DATABASE_SCHEMA: dbConfig.databaseSchema ?? '',
    REDIS_URL: '',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: '0',
    DIST_DIR: dummyDist(),
    DATA_DIR: dbConfig.dataDir,
  };
  try {
    await seed(env, email);
  } catch (error) {
    await cleanup();
    throw error;
  }
  const server = await spawnServer(
    'our server',
    ['--import', 'tsx', 'src/server/main.ts'],
    env,
    (out) => Number(/running: http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]) || undefined,
    cleanup,
  );
  try {
    const tokens: string[] = [];
    for (let i = 0; i < devices; i++) {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, deviceName: `load tablet ${i}` }),
      });
      if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      tokens.push(((await res.json()) as SessionResponse).accessToken);
    }
    return {
      wsUrl: `ws://127.0.0.1:${server.port}/sync`,
      pid: server.pid,
      tokens,
      ...(dbConfig.databaseUrl ? { databaseUrl: dbConfig.databaseUrl } : {}),
      stop: server.stop,
    };
  } catch (error) {
    await server.stop();
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
/** Installed versions of the baseline server and its persistence, for the report. */
export const baselineVersions = () => ({ server: versionOf('@y/websocket-server'), leveldb: versionOf('y-leveldb') });

export const hocuspocusVersion = () => versionOf('@hocuspocus/server');

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
  const server = await spawnServer('baseline server', [bin], env, (out) => (out.includes('running at') ? port : undefined), async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  if (persist && !server.output.includes('Persisting documents')) {
    await server.stop();
    throw new Error(`baseline server did not switch to LevelDB persistence:\n${server.output}`);
  }
  return { wsUrl: `ws://127.0.0.1:${port}`, pid: server.pid, tokens: [], stop: server.stop };
};

/** The reference: plain @hocuspocus/server in memory (hocuspocusReference.ts); the clients send no token. */
export const startHocuspocusReference = async (): Promise<ServerUnderLoad> => {
  const file = fileURLToPath(new URL('./hocuspocusReference.ts', import.meta.url));
  const server = await spawnServer('reference server', ['--import', 'tsx', file], process.env, (out) => Number(/listening on (\d+)/.exec(out)?.[1]) || undefined);
  return { wsUrl: `ws://127.0.0.1:${server.port}`, pid: server.pid, tokens: [], stop: server.stop };
};

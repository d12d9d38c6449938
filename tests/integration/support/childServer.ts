// Runs the real server entry (src/server/main.ts) as a child process, so a test can SIGKILL it and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** The server's live memory as support/heapProbe.mjs reads it, bytes. */
export interface HeapReading {
  /** heapUsed + external after a full collection. */
  live: number;
  heapUsed: number;
  external: number;
}

export interface ChildServer {
  url: string;
  wsUrl: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves once the output from `since` (a length of output()) matches the pattern; as the server writes it. */
  printed(pattern: RegExp, since: number): Promise<void>;
  /** The server's live memory after a full collection (only when started with `heapProbe`). */
  heap(): Promise<HeapReading>;
  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Preloads support/heapProbe.mjs (with --expose-gc and an IPC channel), so the test can ask for heap(). */
  heapProbe?: boolean;
}

export const startChildServer = async (
  env: Record<string, string>,
  { heapProbe = false }: ChildOptions = {},
): Promise<ChildServer> => {
  const probe = heapProbe
    ? ['--expose-gc', '--import', new URL('./heapProbe.mjs', import.meta.url).pathname]
    : [];
  // node --import tsx (not npx): the pid we kill is the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', ...probe, 'src/server/main.ts'], {
    // Only what the test passes selects the store: DATABASE_URL/REDIS_URL of the test run are not inherited.
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATABASE_SCHEMA: '',
      REDIS_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: '0',
      ...env,
    },
    stdio: heapProbe ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  // Both are pipes (stdio above); the conditional stdio leaves their types open.
  const stdout = child.stdout!;
  const stderr = child.stderr!;
  let out = '';
  const readers = new Set<() => void>();
  stderr.on('data', (d: Buffer) => {
    out += d.toString();
    for (const r of readers) r();
  });
  const url = await new Promise<string>((resolve, reject) => {
    stdout.on('data', (d: Buffer) => {
      out += d.toString();
      for (const r of readers) r();
      const m = /running: (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${out}`)),
    );
  });
  const exited = once(child, 'exit');
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/sync`,
    process: child,
    output: () => out,
    printed: (pattern, since) =>
      new Promise((resolve) => {
        const read = () => {
          if (!pattern.test(out.slice(since))) return;
          readers.delete(read);
          resolve();
        };
        readers.add(read);
        read();
      }),
    heap: () => {
      if (!heapProbe) return Promise.reject(new Error('started without heapProbe'));
      return new Promise<HeapReading>((resolve, reject) => {
        const onMessage = (m: unknown) => (settle(), resolve(m as HeapReading));
        const onExit = () => (
          settle(),
          reject(new Error(`server exited while measuring its heap:\n${out}`))
        );
        const settle = () => {
          child.off('message', onMessage);
          child.off('exit', onExit);
        };
        child.once('message', onMessage);
        child.once('exit', onExit);
        child.send('heap');
      });
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
};

// Runs the real server entry (src/server/main.ts) as a child process, so a test can SIGKILL it and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ChildServer {
  url: string;
  wsUrl: string;
  process: ChildProcess;
  output: () => string;
  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export const startChildServer = async (env: Record<string, string>): Promise<ChildServer> => {
  // node --import tsx (not npx): the pid we kill is the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
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
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
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

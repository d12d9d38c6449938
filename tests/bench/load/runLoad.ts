// Drives one load run: forks the client worker processes, connects every client, runs warm-up and the
// measured window, and collects latencies and CPU figures. The server is started by the caller.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { machineCpuMs, processCpuMs } from './cpu';
import { now, type ClientBuild, type ClientKind, type ClientSpec, type FromWorker, type ToWorker, type WorkerResult } from './protocol';
import type { ServerUnderLoad } from './servers';

const int = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/** The load shape (BENCH_LOAD_* variables change it for experiments; the report states what ran). */
export const DOCS = int('BENCH_LOAD_DOCS', 100);
export const CLIENTS_PER_DOC = int('BENCH_LOAD_CLIENTS_PER_DOC', 10);
export const WORKERS = int('BENCH_LOAD_WORKERS', 1);
export const WARMUP_MS = int('BENCH_LOAD_WARMUP_MS', 5_000);
// 60 s: with the warm-up the window includes one debounced store of every document (the first comes
// 60 s after its first change under continuous editing).
export const MEASURE_MS = int('BENCH_LOAD_MEASURE_MS', 60_000);
/** Each server is measured this many times, the order rotated per round (the machine is a shared VM). */
export const ROUNDS = int('BENCH_LOAD_ROUNDS', 3);
export const DRAIN_MS = 3_000;
/** BENCH_LOAD_CLIENTS=providers measures with each server's own provider library instead of the wire client. */
export const CLIENT_BUILD: ClientBuild = process.env.BENCH_LOAD_CLIENTS === 'providers' ? 'providers' : 'wire';
/** Logged-in tablets whose tokens the clients share (the login rate limit is 30 per minute per address). */
export const DEVICES = 10;
const CONNECT_CONCURRENCY = 50;
const CONNECT_TIMEOUT_MS = 120_000;
export const P99_TARGET_MS = 100;
export const CLIENTS = DOCS * CLIENTS_PER_DOC;

const WORKER_FILE = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface LoadResult {
  label: string;
  latencies: Float64Array;
  connectMs: number;
  sentInWindow: number;
  expected: number;
  disconnects: number;
  serverCpuPct: number;
  workerCpuPct: number[];
  machineBusyPct: number;
  workerEld: WorkerResult['eventLoopDelay'][];
}

/** Waits for the next message of a type from a worker, bounded in time. */
const next = <T extends FromWorker['type']>(child: ChildProcess, type: T, timeoutMs: number): Promise<Extract<FromWorker, { type: T }>> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`worker: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: FromWorker) => {
      if (message.type === 'error') done(new Error(`worker: ${message.message}`));
      else if (message.type === type) done(undefined, message as Extract<FromWorker, { type: T }>);
    };
    const onExit = (code: number | null) => done(new Error(`worker exited with ${code} while waiting for "${type}"`));
    const done = (error?: Error, message?: Extract<FromWorker, { type: T }>) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

const stopWorker = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.send({ type: 'close' } satisfies ToWorker);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
};

export const runLoad = async (label: string, kind: ClientKind, server: ServerUnderLoad): Promise<LoadResult> => {
  const docs = Array.from({ length: DOCS }, () => `case/${crypto.randomUUID()}`);
  const perWorker: ClientSpec[][] = Array.from({ length: WORKERS }, () => []);
  docs.forEach((doc, d) => {
    for (let j = 0; j < CLIENTS_PER_DOC; j++) {
      perWorker[j % WORKERS]!.push({
        doc,
        key: `c${d}-${j}`,
        token: server.tokens[(d * CLIENTS_PER_DOC + j) % Math.max(1, server.tokens.length)],
        // The clients of one document write 1000/CLIENTS_PER_DOC ms apart; documents are interleaved.
        phaseMs: ((j * DOCS + d) / CLIENTS) * 1000,
      });
    }
  });

  const workers = perWorker.map(() =>
    fork(WORKER_FILE, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  try {
    const connected = workers.map((w) => next(w, 'connected', CONNECT_TIMEOUT_MS + 5_000));
    workers.forEach((w, i) =>
      w.send({ type: 'connect', kind, build: CLIENT_BUILD, url: server.wsUrl, clients: perWorker[i]!, concurrency: CONNECT_CONCURRENCY, timeoutMs: CONNECT_TIMEOUT_MS } satisfies ToWorker),
    );
    const connectMs = Math.max(...(await Promise.all(connected)).map((m) => m.ms));

    const startAt = now() + 500;
    const windowStart = startAt + WARMUP_MS;
    const windowEnd = windowStart + MEASURE_MS;
    const results = workers.map((w) => next(w, 'result', windowEnd + DRAIN_MS + 30_000 - now()));
    for (const w of workers) w.send({ type: 'run', startAt, windowStart, windowEnd, drainMs: DRAIN_MS } satisfies ToWorker);

    // CPU of the server process and of the whole machine over the same window.
    let cpu0 = { server: NaN, machine: { busy: NaN, total: NaN } };
    let cpu1 = cpu0;
    const sample = () => ({ server: processCpuMs(server.pid), machine: machineCpuMs() });
    await new Promise((resolve) => setTimeout(resolve, windowStart - now()));
    cpu0 = sample();
    await new Promise((resolve) => setTimeout(resolve, windowEnd - now()));
    cpu1 = sample();
    const window = MEASURE_MS;

    const done = await Promise.all(results);
    const latencies = new Float64Array(done.reduce((n, r) => n + r.latencies.length, 0));
    let offset = 0;
    for (const r of done) {
      latencies.set(r.latencies, offset);
      offset += r.latencies.length;
    }
    const sentInWindow = done.reduce((n, r) => n + r.sentInWindow, 0);
    return {
      label,
      latencies,
      connectMs,
      sentInWindow,
      expected: sentInWindow * (CLIENTS_PER_DOC - 1),
      disconnects: done.reduce((n, r) => n + r.disconnects, 0),
      serverCpuPct: ((cpu1.server - cpu0.server) / window) * 100,
      workerCpuPct: done.map((r) => (r.cpuMs / window) * 100),
      machineBusyPct: ((cpu1.machine.busy - cpu0.machine.busy) / (cpu1.machine.total - cpu0.machine.total)) * 100,
      workerEld: done.map((r) => r.eventLoopDelay),
    };
  } finally {
    await Promise.all(workers.map(stopWorker));
  }
};


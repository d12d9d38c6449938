// One step of the capacity search: a given number of clients against a freshly started server. Pins the
// server (with its database backends) to the server core and the client worker to the client core, connects
// every client, runs the warm-up and the measured windows, and returns the p99 of each window.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { coreCpuMs, processCpuMs } from './cpu';
import { databaseBackends, pin, pinTree, prioritise } from './pin';
import { now, type ClientKind, type ClientSpec, type FromWorker, type ToWorker } from './protocol';
import type { ServerUnderLoad } from './servers';
import * as S from './settings';

const WORKER_FILE = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface StepResult {
  clients: number;
  /** Propagation p99 of each window, ms; a delivery still missing after the drain counts as infinitely late. */
  p99s: number[];
  /** The median of the windows' p99: what decides the step. */
  p99: number;
  held: boolean;
  deliveries: number;
  missing: number;
  disconnects: number;
  connectMs: number;
  /** CPU over the windows, % of one core: the server's processes, the client worker, each core in all. */
  serverCpuPct: number;
  clientCpuPct: number;
  serverCorePct: number;
  clientCorePct: number;
  clientEldP99: number;
  /** Whether the scheduling groups of server and clients were raised (pin.ts `prioritise`). */
  raised: boolean;
  /** Why the step failed outright (a refused or dropped client, a timeout), if it did. */
  error?: string;
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** p99 of `expected` deliveries of which `latencies` arrived (the rest count as infinitely late). */
const p99Of = (latencies: Float64Array, expected: number) => {
  const sorted = Float64Array.from(latencies).sort();
  const rank = Math.floor(0.99 * expected);
  return rank < sorted.length ? sorted[rank]! : Infinity;
};

/** Waits for the next message of a type from the worker, bounded in time. */
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

/** The clients: whole documents of CLIENTS_PER_DOC, writes spread evenly over the interval. */
const specsFor = (clients: number, tokens: string[]): ClientSpec[] => {
  const docs = Math.round(clients / S.CLIENTS_PER_DOC);
  const names = Array.from({ length: docs }, () => `case/${crypto.randomUUID()}`);
  return names.flatMap((doc, d) =>
    Array.from({ length: S.CLIENTS_PER_DOC }, (_, j) => ({
      doc,
      key: `c${d}-${j}`,
      clientId: d * S.CLIENTS_PER_DOC + j + 1,
      token: tokens[(d * S.CLIENTS_PER_DOC + j) % Math.max(1, tokens.length)],
      // The clients of one document write INTERVAL/CLIENTS_PER_DOC apart; documents are interleaved.
      phaseMs: ((j * docs + d) / (docs * S.CLIENTS_PER_DOC)) * S.EDIT_INTERVAL_MS,
    })),
  );
};

/** The server's processes on its core: the server tree and, on PostgreSQL, the backends serving it. */
const pinServer = async (server: ServerUnderLoad): Promise<number[]> => {
  const pids = pinTree(server.pid, S.SERVER_CORE);
  if (!server.databaseUrl) return pids;
  const backends = await databaseBackends(pids, server.databaseUrl);
  for (const pid of backends) pin(pid, S.SERVER_CORE);
  return [...pids, ...backends];
};

export const runStep = async (kind: ClientKind, server: ServerUnderLoad, clients: number): Promise<StepResult> => {
  const specs = specsFor(clients, server.tokens);
  // In its own session, so its scheduling group can be raised (pin.ts).
  const worker = fork(WORKER_FILE, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
  try {
    const raised = prioritise(worker.pid ?? 0) && prioritise(server.pid);
    pinTree(worker.pid ?? 0, S.CLIENT_CORE);
    await pinServer(server);
    const connected = next(worker, 'connected', S.CONNECT_TIMEOUT_MS + 5_000);
    worker.send({ type: 'connect', kind, url: server.wsUrl, clients: specs, concurrency: S.CONNECT_CONCURRENCY, timeoutMs: S.CONNECT_TIMEOUT_MS } satisfies ToWorker);
    const { ms: connectMs } = await connected;
    pinTree(worker.pid ?? 0, S.CLIENT_CORE);

    const startAt = now() + 500;
    const windowStart = startAt + S.WARMUP_MS;
    const windowEnd = windowStart + S.WINDOWS * S.WINDOW_MS;
    const result = next(worker, 'result', windowEnd + S.DRAIN_MS + 30_000 - now());
    worker.send({ type: 'run', startAt, intervalMs: S.EDIT_INTERVAL_MS, windowStart, windowMs: S.WINDOW_MS, windows: S.WINDOWS, drainMs: S.DRAIN_MS } satisfies ToWorker);

    // Pinned again after the warm-up: a database pool opens its connections under load.
    await new Promise((resolve) => setTimeout(resolve, windowStart - 300 - now()));
    const serverPids = await pinServer(server);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, windowStart - now())));
    const sample = () => ({
      server: serverPids.reduce((sum, pid) => sum + (processCpuMs(pid) || 0), 0),
      serverCore: coreCpuMs(S.SERVER_CORE),
      clientCore: coreCpuMs(S.CLIENT_CORE),
    });
    const cpu0 = sample();
    await new Promise((resolve) => setTimeout(resolve, windowEnd - now()));
    const cpu1 = sample();
    const pct = (a: number, b: number) => ((b - a) / (S.WINDOWS * S.WINDOW_MS)) * 100;
    const corePct = (a: { busy: number; total: number }, b: { busy: number; total: number }) =>
      ((b.busy - a.busy) / (b.total - a.total)) * 100;

    const done = await result;
    const expected = done.windows.map((w) => w.sent * (S.CLIENTS_PER_DOC - 1));
    const deliveries = done.windows.reduce((n, w) => n + w.latencies.length, 0);
    const p99s = done.windows.map((w, i) => p99Of(w.latencies, expected[i]!));
    const p99 = median(p99s);
    return {
      clients: specs.length,
      p99s,
      p99,
      held: p99 <= S.P99_BOUND_MS && done.disconnects === 0,
      deliveries,
      missing: expected.reduce((a, b) => a + b, 0) - deliveries,
      disconnects: done.disconnects,
      connectMs,
      serverCpuPct: pct(cpu0.server, cpu1.server),
      clientCpuPct: (done.cpuMs / (S.WINDOWS * S.WINDOW_MS)) * 100,
      serverCorePct: corePct(cpu0.serverCore, cpu1.serverCore),
      clientCorePct: corePct(cpu0.clientCore, cpu1.clientCore),
      clientEldP99: done.eventLoopDelay.p99,
      raised,
    };
  } finally {
    await stopWorker(worker);
  }
};

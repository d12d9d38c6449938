// Messages between the load orchestrator (load.bench.ts) and its client worker processes (worker.ts).

/** Which server the clients talk to, and so which protocol framing (and provider library) they use. */
export type ClientKind = 'hocuspocus' | 'y-websocket';

/**
 * What the clients are built from: `wire`, the same lean client for every server (wireClient.ts), or
 * `providers`, each server's own provider library (@hocuspocus/provider, y-websocket).
 */
export type ClientBuild = 'wire' | 'providers';

export interface ClientSpec {
  /** Document (room) name. */
  doc: string;
  /** Unique key of this client in the document's map: its writes go there. */
  key: string;
  /** Access token (Hocuspocus only). */
  token?: string;
  /** Offset of this client's sends within each second, ms. */
  phaseMs: number;
}

export type ToWorker =
  | { type: 'connect'; kind: ClientKind; build: ClientBuild; url: string; clients: ClientSpec[]; concurrency: number; timeoutMs: number }
  /** Times are on the shared clock (`now()` below), so every process agrees on the window. */
  | { type: 'run'; startAt: number; windowStart: number; windowEnd: number; drainMs: number }
  | { type: 'close' };

export interface WorkerResult {
  type: 'result';
  /** receive time − send time of every delivery whose send fell in the window, ms. */
  latencies: Float64Array;
  /** Updates written by this worker's clients, in all / in the window. */
  sent: number;
  sentInWindow: number;
  /** Deliveries of updates sent before the window (warm-up), not counted in the figures. */
  receivedOutsideWindow: number;
  /** Socket disconnects seen during the run (should be 0). */
  disconnects: number;
  /** CPU time this worker used during the window, ms (user + system). */
  cpuMs: number;
  /** Event-loop delay of this worker during the window, ms: how late its own callbacks ran. */
  eventLoopDelay: { p50: number; p99: number; max: number };
}

export type FromWorker =
  | { type: 'connected'; ms: number }
  | WorkerResult
  | { type: 'error'; message: string };

/**
 * One clock for all processes on this machine: wall-clock time origin of the process plus the
 * monotonic time since, in ms with sub-millisecond resolution.
 */
export const now = (): number => performance.timeOrigin + performance.now();

// Messages between the load orchestrator (step.ts) and its client worker process (worker.ts).

/** Which server the clients talk to, and so which protocol framing they use. */
export type ClientKind = 'hocuspocus' | 'y-websocket';

export interface ClientSpec {
  /** Document (room) name. */
  doc: string;
  /** Unique key of this client in the document's map: its writes go there. */
  key: string;
  /** Yjs client id, unique in the run: a write is known by (client id, clock). */
  clientId: number;
  /** Access token (Hocuspocus only). */
  token?: string;
  /** Offset of this client's writes within each interval, ms. */
  phaseMs: number;
}

export type ToWorker =
  | { type: 'connect'; kind: ClientKind; url: string; clients: ClientSpec[]; concurrency: number; timeoutMs: number }
  /** Times are on the shared clock (`now()` below), so every process agrees on the windows. */
  | {
      type: 'run';
      startAt: number;
      intervalMs: number;
      windowStart: number;
      windowMs: number;
      windows: number;
      drainMs: number;
    }
  | { type: 'close' };

export interface WindowResult {
  /** receive time − send time of every delivery of a write sent in this window, ms. */
  latencies: Float64Array;
  /** Writes sent in this window. */
  sent: number;
}

export interface WorkerResult {
  type: 'result';
  windows: WindowResult[];
  /** Socket disconnects seen during the run (should be 0). */
  disconnects: number;
  /** CPU time this worker used during the windows, ms (user + system). */
  cpuMs: number;
  /** Event-loop delay of this worker during the windows, ms: how late its own callbacks ran. */
  eventLoopDelay: { p50: number; p99: number; max: number };
}

export type FromWorker = { type: 'connected'; ms: number } | WorkerResult | { type: 'error'; message: string };

/**
 * One clock for all processes on this machine: wall-clock time origin of the process plus the
 * monotonic time since, in ms with sub-millisecond resolution.
 */
export const now = (): number => performance.timeOrigin + performance.now();

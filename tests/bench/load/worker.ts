// A load worker process: holds many socket clients (one socket each, lean wire clients), makes each write one
// small update per interval, and records on every other client of the document how long each write took to
// arrive. Started by step.ts with an IPC channel and pinned to the clients' core; see protocol.ts.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { now, type ClientKind, type ClientSpec, type FromWorker, type ToWorker } from './protocol';
import { connectWire, type WireClient } from './wireClient';

/** Never outlive a step that went wrong: a step is far shorter. */
setTimeout(() => process.exit(3), 8 * 60_000).unref();
process.on('disconnect', () => process.exit(0));

const send = (message: FromWorker) => process.send?.(message);

/** Send time of every write, by (client id, clock); all clients of a document live in this process. */
const sentAt = new Map<number, number>();
const writeKey = (writer: number, clock: number) => writer * 2 ** 20 + clock;
/** Set by `run`: what to do with a delivery. */
let onDelivery: (latency: number, sentTime: number) => void = () => {};
const delivered = (writer: number, clock: number) => {
  const sentTime = sentAt.get(writeKey(writer, clock));
  if (sentTime !== undefined) onDelivery(now() - sentTime, sentTime);
};

let clients: { spec: ClientSpec; wire: WireClient }[] = [];

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });

const connectAll = async (kind: ClientKind, url: string, specs: ClientSpec[], concurrency: number, timeoutMs: number) => {
  const started = now();
  // In batches, as tablets would not all arrive in the same millisecond either.
  for (let i = 0; i < specs.length; i += concurrency) {
    const batch = specs
      .slice(i, i + concurrency)
      .map((spec) => ({ spec, wire: connectWire(kind, url, spec.doc, spec.clientId, spec.token ?? '', delivered) }));
    clients.push(...batch);
    const left = timeoutMs - (now() - started);
    await withTimeout(Promise.all(batch.map((c) => c.wire.ready)), Math.max(1, left), `connecting ${specs.length} ${kind} clients`);
  }
  send({ type: 'connected', ms: now() - started });
};

const run = async ({ startAt, intervalMs, windowStart, windowMs, windows, drainMs }: Extract<ToWorker, { type: 'run' }>) => {
  const windowEnd = windowStart + windows * windowMs;
  const buckets = Array.from({ length: windows }, () => ({ latencies: [] as number[], sent: 0 }));
  const bucketOf = (t: number) => (t >= windowStart && t < windowEnd ? buckets[Math.floor((t - windowStart) / windowMs)] : undefined);
  onDelivery = (latency, sentTime) => bucketOf(sentTime)?.latencies.push(latency);
  let disconnects = 0;
  for (const { wire } of clients) wire.onClose(() => disconnects++);

  // Every client writes once per interval at its own phase, so the load is spread evenly.
  const stopped = clients.map(
    ({ spec, wire }) =>
      new Promise<void>((resolve) => {
        let next = startAt + spec.phaseMs;
        const tick = () => {
          const t = now();
          if (t >= windowEnd) return resolve();
          sentAt.set(writeKey(spec.clientId, wire.write(spec.key, t)), t);
          const bucket = bucketOf(t);
          if (bucket) bucket.sent++;
          next += intervalMs;
          while (next < t) next += intervalMs; // a worker that fell behind skips, it does not burst
          setTimeout(tick, next - now());
        };
        setTimeout(tick, Math.max(0, next - now()));
      }),
  );

  // CPU and event-loop delay of this worker, over the measured windows only.
  const eld = monitorEventLoopDelay({ resolution: 5 });
  let cpuAtStart = process.cpuUsage();
  let cpuMs = 0;
  setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    eld.enable();
  }, Math.max(0, windowStart - now()));
  setTimeout(() => {
    const used = process.cpuUsage(cpuAtStart);
    cpuMs = (used.user + used.system) / 1000;
    eld.disable();
  }, Math.max(0, windowEnd - now()));

  await Promise.all(stopped);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, windowEnd + drainMs - now())));
  send({
    type: 'result',
    windows: buckets.map((b) => ({ latencies: Float64Array.from(b.latencies), sent: b.sent })),
    disconnects,
    cpuMs,
    eventLoopDelay: { p50: eld.percentile(50) / 1e6, p99: eld.percentile(99) / 1e6, max: eld.max / 1e6 },
  });
};

process.on('message', (message: ToWorker) => {
  const fail = (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  switch (message.type) {
    case 'connect':
      connectAll(message.kind, message.url, message.clients, message.concurrency, message.timeoutMs).catch(fail);
      break;
    case 'run':
      run(message).catch(fail);
      break;
    case 'close':
      for (const { wire } of clients) wire.destroy();
      clients = [];
      // Let the close frames go out, then leave.
      setTimeout(() => process.exit(0), 200);
      break;
  }
});

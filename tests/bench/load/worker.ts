// A load worker process: holds many socket clients (one socket each), makes each write one small update per
// second carrying its send time, and records on every other client of the document how long it took to arrive.
// Started by load.bench.ts with an IPC channel; see protocol.ts for the messages.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { now, type ClientBuild, type ClientKind, type ClientSpec, type FromWorker, type ToWorker } from './protocol';
import { connectWire } from './wireClient';

/** Never outlive a run that went wrong: the orchestrator's whole run is far shorter. */
const HARD_LIMIT_MS = 8 * 60_000;
setTimeout(() => process.exit(3), HARD_LIMIT_MS).unref();
process.on('disconnect', () => process.exit(0));
// y-websocket adds a process 'exit' listener per provider; hundreds of providers are intended here.
process.setMaxListeners(0);

const send = (message: FromWorker) => process.send?.(message);

interface Client {
  spec: ClientSpec;
  doc: Y.Doc;
  map: Y.Map<[number, number]>;
  ready: Promise<void>;
  onDisconnect(cb: () => void): void;
  destroy(): void;
}

const synced = (isSynced: () => boolean, on: (cb: () => void) => void): Promise<void> =>
  new Promise((resolve) => {
    if (isSynced()) return resolve();
    on(() => {
      if (isSynced()) resolve();
    });
  });

const connectHocuspocus = (url: string, spec: ClientSpec): Client => {
  const doc = new Y.Doc();
  // One socket per client: 1,000 clients are 1,000 sockets (the tablet app multiplexes its cases on one).
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  // Configured as the tablet app's sync engine configures it: no awareness (presence).
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: spec.doc, token: spec.token ?? '', document: doc, awareness: null });
  provider.attach();
  return {
    spec,
    doc,
    map: doc.getMap('bench'),
    ready: synced(
      () => provider.isSynced,
      (cb) => provider.on('synced', cb),
    ),
    onDisconnect: (cb) => socket.on('disconnect', cb),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
};

const connectYWebsocket = (url: string, spec: ClientSpec): Client => {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, spec.doc, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one process would reach each other without the server.
    disableBc: true,
  });
  // No presence either, so both systems carry only the document updates: y-websocket's provider always
  // has an awareness; without a local state it sends no heartbeats.
  provider.awareness.setLocalState(null);
  return {
    spec,
    doc,
    map: doc.getMap('bench'),
    ready: synced(
      () => provider.synced,
      (cb) => provider.on('sync', cb),
    ),
    onDisconnect: (cb) =>
      provider.on('status', ({ status }) => {
        if (status === 'disconnected') cb();
      }),
    destroy: () => provider.destroy(),
  };
};

const connectWireClient = (kind: ClientKind) => (url: string, spec: ClientSpec): Client => {
  const wire = connectWire(kind, url, spec.doc, spec.token);
  return { spec, doc: wire.doc, map: wire.doc.getMap('bench'), ready: wire.ready, onDisconnect: wire.onClose, destroy: wire.destroy };
};

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });

let clients: Client[] = [];

const connectAll = async (kind: ClientKind, build: ClientBuild, url: string, specs: ClientSpec[], concurrency: number, timeoutMs: number) => {
  const started = now();
  const connect =
    build === 'wire' ? connectWireClient(kind) : kind === 'hocuspocus' ? connectHocuspocus : connectYWebsocket;
  // In batches, as tablets would not all arrive in the same millisecond either.
  for (let i = 0; i < specs.length; i += concurrency) {
    const batch = specs.slice(i, i + concurrency).map((spec) => connect(url, spec));
    clients.push(...batch);
    const left = timeoutMs - (now() - started);
    await withTimeout(Promise.all(batch.map((c) => c.ready)), Math.max(1, left), `connecting ${specs.length} ${kind} clients`);
  }
  send({ type: 'connected', ms: now() - started });
};

const run = async ({ startAt, windowStart, windowEnd, drainMs }: Extract<ToWorker, { type: 'run' }>) => {
  const latencies: number[] = [];
  let sent = 0;
  let sentInWindow = 0;
  let receivedOutsideWindow = 0;
  let disconnects = 0;
  const inWindow = (t: number) => t >= windowStart && t < windowEnd;

  for (const client of clients) {
    client.onDisconnect(() => disconnects++);
    client.map.observe((event, transaction) => {
      if (transaction.local) return;
      const received = now();
      for (const key of event.keysChanged) {
        const value = client.map.get(key);
        if (!value) continue;
        if (inWindow(value[0])) latencies.push(received - value[0]);
        else receivedOutsideWindow++;
      }
    });
  }

  // Every client writes once per second at its own phase, so the load is spread evenly over the second.
  const stopped: Promise<void>[] = clients.map(
    (client) =>
      new Promise<void>((resolve) => {
        let seq = 0;
        let next = startAt + client.spec.phaseMs;
        const tick = () => {
          const t = now();
          if (t >= windowEnd) return resolve();
          client.map.set(client.spec.key, [t, seq++]);
          sent++;
          if (inWindow(t)) sentInWindow++;
          next += 1000;
          while (next < t) next += 1000; // a worker that fell behind skips, it does not burst
          setTimeout(tick, next - now());
        };
        setTimeout(tick, Math.max(0, next - now()));
      }),
  );

  // CPU and event-loop delay of this worker, over the measured window only.
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
    latencies: Float64Array.from(latencies),
    sent,
    sentInWindow,
    receivedOutsideWindow,
    disconnects,
    cpuMs,
    eventLoopDelay: { p50: eld.percentile(50) / 1e6, p99: eld.percentile(99) / 1e6, max: eld.max / 1e6 },
  });
};

process.on('message', (message: ToWorker) => {
  const fail = (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  switch (message.type) {
    case 'connect':
      connectAll(message.kind, message.build, message.url, message.clients, message.concurrency, message.timeoutMs).catch(fail);
      break;
    case 'run':
      run(message).catch(fail);
      break;
    case 'close':
      for (const client of clients) client.destroy();
      clients = [];
      // Let the close frames go out, then leave.
      setTimeout(() => process.exit(0), 200);
      break;
  }
});

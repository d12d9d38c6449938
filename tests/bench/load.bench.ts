// 1,000 concurrent socket clients, one update per second each: propagation latency through our server
// (Hocuspocus with durable acknowledgement, on PGlite and PostgreSQL) and, in the same run, through
// @y/websocket-server as the baseline (in memory, and with its own LevelDB persistence). Servers and clients
// each run in their own processes; the clients are the same lean wire client for every server.
import { cpus } from 'node:os';
import { DATABASE_URL } from '../integration/support/env';
import type { AdapterKind } from '../integration/support/databases';
import {
  CLIENT_BUILD,
  CLIENTS,
  CLIENTS_PER_DOC,
  DEVICES,
  DOCS,
  DRAIN_MS,
  MEASURE_MS,
  P99_TARGET_MS,
  ROUNDS,
  WARMUP_MS,
  WORKERS,
  runLoad,
  type LoadResult,
} from './load/runLoad';
import {
  baselineVersions,
  hocuspocusVersion,
  startBaseline,
  startHocuspocusReference,
  startOurs,
  type ServerUnderLoad,
} from './load/servers';
import type { ClientKind } from './load/protocol';
import type { BenchRow, BenchSuite } from './report';

const ms = (v: number) => `${v.toFixed(1)} ms`;

const summarize = (r: LoadResult) => {
  const values = Array.from(r.latencies).sort((a, b) => a - b);
  const at = (p: number) =>
    values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: values[values.length - 1] ?? NaN,
    count: values.length,
  };
};

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const list = (values: number[], unit = '') =>
  values.map((v) => `${v.toFixed(1)}${unit}`).join(', ');

/** The rounds of one server as one result: every delivery of every round, CPU figures averaged. */
const pooled = (rounds: LoadResult[]): LoadResult => {
  const latencies = new Float64Array(rounds.reduce((n, r) => n + r.latencies.length, 0));
  let offset = 0;
  for (const r of rounds) {
    latencies.set(r.latencies, offset);
    offset += r.latencies.length;
  }
  return {
    label: rounds[0]!.label,
    latencies,
    connectMs: Math.max(...rounds.map((r) => r.connectMs)),
    sentInWindow: rounds.reduce((n, r) => n + r.sentInWindow, 0),
    expected: rounds.reduce((n, r) => n + r.expected, 0),
    disconnects: rounds.reduce((n, r) => n + r.disconnects, 0),
    serverCpuPct: mean(rounds.map((r) => r.serverCpuPct)),
    workerCpuPct: rounds[0]!.workerCpuPct.map((_, i) =>
      mean(rounds.map((r) => r.workerCpuPct[i] ?? NaN)),
    ),
    machineBusyPct: mean(rounds.map((r) => r.machineBusyPct)),
    workerEld: rounds[0]!.workerEld.map((_, i) => ({
      p50: mean(rounds.map((r) => r.workerEld[i]?.p50 ?? NaN)),
      p99: mean(rounds.map((r) => r.workerEld[i]?.p99 ?? NaN)),
      max: Math.max(...rounds.map((r) => r.workerEld[i]?.max ?? NaN)),
    })),
  };
};

const rowsFor = (rounds: LoadResult[], isOurs: boolean): BenchRow[] => {
  const r = pooled(rounds);
  const s = summarize(r);
  const lost = r.expected - s.count;
  const where = r.label;
  const perRound = `per round p99 ${list(
    rounds.map((x) => summarize(x).p99),
    ' ms',
  )}`;
  const cpu = `CPU in the window, mean of the rounds (100 % = one core): server ${Math.round(r.serverCpuPct)} %, client worker${r.workerCpuPct.length > 1 ? 's' : ''} ${r.workerCpuPct.map((p) => `${Math.round(p)} %`).join(' + ')}; whole machine ${Math.round(r.machineBusyPct)} % of its ${cpus().length} cores busy (with PostgreSQL and anything else running); client event-loop delay p99 ${r.workerEld.map((e) => ms(e.p99)).join(' / ')}`;
  return [
    { name: `propagation p50 — ${where}`, value: s.p50, unit: 'ms' },
    { name: `propagation p95 — ${where}`, value: s.p95, unit: 'ms' },
    {
      name: `propagation p99 — ${where}`,
      value: s.p99,
      unit: 'ms',
      ...(isOurs
        ? {
            target: `≤ ${P99_TARGET_MS} ms`,
            met: s.p99 <= P99_TARGET_MS && lost === 0 && r.disconnects === 0,
          }
        : {}),
      note: `${perRound}; max ${ms(s.max)}; ${cpu}`,
    },
    {
      name: `throughput (deliveries to other clients) — ${where}`,
      value: s.count / ((rounds.length * MEASURE_MS) / 1000),
      unit: 'deliveries/s',
      note: `${rounds.length} × ${MEASURE_MS / 1000} s: ${r.sentInWindow} updates sent (${Math.round(r.sentInWindow / ((rounds.length * MEASURE_MS) / 1000))}/s), ${s.count} of ${r.expected} expected deliveries received${lost ? ` (**${lost} missing**)` : ''}, ${r.disconnects} disconnects; ${CLIENTS} clients connected in ${(r.connectMs / 1000).toFixed(1)} s at most`,
    },
  ];
};

/** Baseline p99 / p99 of a server; the goal applies to ours against the baseline that also stores. */
const ratioRow = (
  baseline: LoadResult[],
  ours: LoadResult[],
  { stored, isOurs, isGoal }: { stored: boolean; isOurs: boolean; isGoal: boolean },
): BenchRow => {
  const b = summarize(pooled(baseline)).p99;
  const o = summarize(pooled(ours)).p99;
  const ratio = b / o;
  const perRound = ours.map((r, i) => summarize(baseline[i]!).p99 / summarize(r).p99);
  const caveat =
    isOurs && !stored ? '; for information: this baseline keeps nothing, ours commits every update before acknowledging it' : '';
  return {
    name: `p99 ratio baseline ${stored ? 'stored' : 'in memory'} / ${isOurs ? 'ours' : 'reference'} — ${ours[0]!.label}`,
    value: ratio,
    unit: '×',
    ...(isGoal ? { target: '≥ 1.0 (goal)', met: ratio >= 1 } : {}),
    note: `${ms(b)} / ${ms(o)} over all rounds; per round ${list(perRound, ' ×')}; ≥ 1.0 means ${isOurs ? 'ours' : 'it'} is at least as fast${caveat}`,
  };
};

/** Ours against plain Hocuspocus: what auth, persistence and durable acknowledgement add to the stack. */
const referenceRow = (reference: LoadResult[], ours: LoadResult[]): BenchRow => {
  const r = summarize(pooled(reference)).p99;
  const o = summarize(pooled(ours)).p99;
  return {
    name: `p99 ratio reference / ours — ${ours[0]!.label}`,
    value: r / o,
    unit: '×',
    note: `${ms(r)} / ${ms(o)}; plain Hocuspocus in memory against ours on the same stack; ≥ 1.0 means ours adds no latency`,
  };
};

const labelOf = (kind: AdapterKind) =>
  `ours (Hocuspocus, ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'})`;
const BASELINE_LABEL = 'baseline (@y/websocket-server, in memory)';
const STORED_BASELINE_LABEL = 'baseline (@y/websocket-server, LevelDB persistence)';
const REFERENCE_LABEL = 'reference (@hocuspocus/server as shipped, in memory)';

export const loadSuite: BenchSuite = {
  id: 'load',
  title: `Sync server under load: ${CLIENTS} socket clients, one update per second each`,
  method: `${DOCS} documents × ${CLIENTS_PER_DOC} clients, each client on its own WebSocket. Process layout: the
  server under test runs alone in its own Node process (ours: \`src/server/main.ts\` as \`npm start\` runs it, on a
  fresh PGlite data folder or a fresh PostgreSQL schema on 127.0.0.1, the clients authenticated with the tokens
  of ${DEVICES} logged-in tablets; the baseline: the \`y-websocket-server\` bin of \`@y/websocket-server\`
  ${baselineVersions().server}, unmodified, once with its documents **in memory** (its default: nothing stored,
  no auth) and once **stored**, with \`YPERSISTENCE\` set so it writes every update to LevelDB (\`y-leveldb\`
  ${baselineVersions().leveldb}) in a fresh folder); all ${CLIENTS} clients run in ${WORKERS} separate worker
  process${WORKERS > 1 ? 'es' : ''}; the bench runner itself only coordinates. PostgreSQL, when used, is a further
  process. All of it shares the machine's ${cpus().length} cores, so the clients' own CPU (reported per row) is part
  of the measured latency. ${
    CLIENT_BUILD === 'wire'
      ? `The clients are one lean client for every server (\`tests/bench/load/wireClient.ts\`: a \`ws\` socket, a
  Y.Doc and the y-protocols sync messages in each server's framing), so every server is measured with the same
  client work: the two libraries' own providers differ in cost per message (profiled under this load on 2026-12-03, the
  \`@hocuspocus/provider\` clients kept their process about 80 % busy against about 33 % for \`y-websocket\`'s,
  and on a shared 2-core machine that difference, not the server, decided the ratio); a real tablet runs one
  provider on its own processor. \`BENCH_LOAD_CLIENTS=providers\` measures with the providers instead.`
      : `The clients are each server's own provider library (\`@hocuspocus/provider\` for Hocuspocus servers,
  \`y-websocket\` ${baselineVersions().client} for the baseline, BroadcastChannel off, no awareness state).`
  } Every client
  writes one small Yjs map entry per second holding its send time (the writes of a document's clients are
  spread evenly over the second); every other client of that document records receive time − send time when
  the update is applied to its Y.Doc (one clock for all processes: \`performance.timeOrigin + performance.now()\`).
  ${WARMUP_MS / 1000} s warm-up, then ${MEASURE_MS / 1000} s measured (updates sent in that window), then ${DRAIN_MS / 1000} s
  for late deliveries; a delivery still missing after that counts as missing. The window is long enough to hold
  the debounced store (projection refresh, at most once a minute per edited document) of all 100 documents at
  once; log compaction runs in the background sweep (every 5 minutes, one document at a time). Ours forwards an
  update to the other clients as soon as it arrives and acknowledges it to its sender only after it is committed
  to the database (durable acknowledgement; embedded PGlite on a worker thread, appends group-committed); the
  baseline never acknowledges, and when stored it writes each update to LevelDB after forwarding it. The
  baseline and plain Hocuspocus also send each update back to its sender; ours does not (it sends the
  acknowledgement instead), so a client receives 10 messages a second from ours and from the baseline, 11 from
  plain Hocuspocus. The goal (ratio ≥ 1.0) is judged against the stored baseline, the one that, like ours,
  keeps what it receives (docs/decisions.md); the ratio against the in-memory baseline is reported beside it. A reference, plain
  \`@hocuspocus/server\` ${hocuspocusVersion()} in memory without any hook (no auth, no persistence; the same
  clients without a token), shows what the Hocuspocus stack itself costs, apart from what ours adds. The machine
  is a shared virtual machine whose speed drifts between minutes, so each server is measured ${ROUNDS} times in one
  \`npm run bench\`, the order rotated per round, every run on a fresh server and store with the identical load;
  the figures pool every delivery of all rounds (per-round p99 in the notes). Ratio = baseline p99 / ours p99,
  pooled (per round in the note).`,
  async run(): Promise<BenchRow[]> {
    // BENCH_LOAD_ONLY=pglite,stored (experiments; ids pglite, postgres, reference, stored, baseline) leaves
    // out the others; a ratio needs its baseline.
    const only = (process.env.BENCH_LOAD_ONLY ?? '').split(',').filter(Boolean);
    const wanted = (id: string) => only.length === 0 || only.includes(id);
    const kinds = (DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const)).filter(
      wanted,
    );
    const servers = [
      ...kinds.map((kind) => ({
        id: kind,
        run: () => measure(labelOf(kind), 'hocuspocus', () => startOurs(kind, DEVICES)),
      })),
      ...(wanted('reference')
        ? [
            {
              id: 'reference',
              run: () => measure(REFERENCE_LABEL, 'hocuspocus', startHocuspocusReference),
            },
          ]
        : []),
      ...(wanted('baseline')
        ? [{ id: 'baseline', run: () => measure(BASELINE_LABEL, 'y-websocket', () => startBaseline(false)) }]
        : []),
      ...(wanted('stored')
        ? [{ id: 'stored', run: () => measure(STORED_BASELINE_LABEL, 'y-websocket', () => startBaseline(true)) }]
        : []),
    ];
    const results = new Map<string, LoadResult[]>(servers.map((s) => [s.id, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotated, so no server always runs first (or right after the same other one).
      const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
      for (const server of order) {
        console.log(`  round ${round + 1}/${ROUNDS}: ${server.id}`);
        results.get(server.id)!.push(await server.run());
      }
    }
    const ours = kinds.map((kind) => results.get(kind)!);
    const baseline = results.get('baseline');
    const stored = results.get('stored');
    const reference = results.get('reference');
    return [
      ...ours.flatMap((r) => rowsFor(r, true)),
      ...(reference ? rowsFor(reference, false) : []),
      ...(stored ? rowsFor(stored, false) : []),
      ...(baseline ? rowsFor(baseline, false) : []),
      ...(stored
        ? ours.map((r) => ratioRow(stored, r, { stored: true, isOurs: true, isGoal: true }))
        : []),
      // Without the stored baseline (BENCH_LOAD_ONLY), the goal is shown against the in-memory one.
      ...(baseline
        ? ours.map((r) => ratioRow(baseline, r, { stored: false, isOurs: true, isGoal: !stored }))
        : []),
      ...(baseline && reference
        ? [ratioRow(baseline, reference, { stored: false, isOurs: false, isGoal: false })]
        : []),
      ...(reference ? ours.map((r) => referenceRow(reference, r)) : []),
      ...(DATABASE_URL
        ? []
        : [{ name: 'PostgreSQL', value: NaN, unit: '', note: 'not run: DATABASE_URL is not set' }]),
    ];
  },
};

/** One measured run against a freshly started server (fresh store), which is stopped afterwards. */
const measure = async (
  label: string,
  client: ClientKind,
  start: () => Promise<ServerUnderLoad>,
): Promise<LoadResult> => {
  const server = await start();
  try {
    return await runLoad(label, client, server);
  } finally {
    await server.stop();
  }
};

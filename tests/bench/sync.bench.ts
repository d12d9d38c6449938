// 100 cases edited offline sync after reconnect: the real client sync engine (SyncEngine +
// CaseRepository over fake-indexeddb) against the real server (Fastify + Hocuspocus) on PGlite and,
// when DATABASE_URL is set, PostgreSQL. Timed from engine.start() until every case row has dirty=0.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DOMAINS } from '../../src/content/catalog';
import { readConversationById } from '../../src/domain/caseDoc';
import { startConversation } from '../../src/domain/commands';
import { answerQuestion } from '../../src/domain/answers';
import { caseDocumentName } from '../../src/protocol/documentName';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { createApiClient } from '../../src/sync/apiClient';
import { SessionManager, type StoredSession } from '../../src/sync/session';
import { SyncEngine } from '../../src/sync/syncEngine';
import { STORE_DEBOUNCE_MS } from '../../src/server/collab/hocuspocus';
import { DATABASE_URL } from '../integration/support/env';
import { PASSWORD, startTestServer } from '../integration/support/server';
import type { AdapterKind } from '../integration/support/databases';
import type { BenchRow, BenchSuite } from './report';

const CASES = 100;
const ANSWERS = 10;
const TARGET_MS = 3000;
/** Bound of one run: a run that does not settle by then is reported as failed, not waited on. */
const TIMEOUT_MS = 60_000;
const NOW = '2026-11-23T10:00:00.000Z';

/** Ten real catalog questions that have tiles, answered with their first tile. */
const QUESTIONS = DOMAINS.flatMap((d) => d.questions)
  .filter((q) => q.tiles.length > 0)
  .slice(0, ANSWERS);

const memorySession = () => {
  let value: StoredSession | null = null;
  return { load: async () => value, save: async (s: StoredSession) => void (value = s), clear: async () => void (value = null) };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface RunResult {
  /** engine.start() → every case row dirty=0. */
  totalMs: number;
  /** engine.start() → socket connected. */
  connectMs: number;
  /** engine.start() → first case row dirty=0. */
  firstMs: number;
  /** Offline preparation (create + 1 conversation + 10 answers per case, each saved). */
  prepareMs: number;
  /** Server-side check after the run: cases whose stored document has every answer. */
  verified: number;
  updatesLogged: number;
}

const runOnce = async (kind: AdapterKind): Promise<RunResult> => {
  // The production debounce of onStoreDocument: no debounced store (projection, compaction) runs during a run.
  const server = await startTestServer(kind, {}, { storeDebounceMs: STORE_DEBOUNCE_MS });
  const dbName = `bench-sync-${kind}-${Date.now()}`;
  let engine: SyncEngine | undefined;
  let cases: CaseRepository | undefined;
  try {
    const email = (await server.organisation('Gemeente Bench')).emails.consultant;
    const api = createApiClient(server.url);
    const session = new SessionManager(api, memorySession());
    await session.login(email, PASSWORD, 'bench tablet');

    // Offline: the engine does not run while the consultant works.
    const prepareStart = performance.now();
    const offline = new CaseRepository(openDb(dbName), () => NOW);
    const ids: string[] = [];
    for (let c = 0; c < CASES; c++) {
      const id = crypto.randomUUID();
      ids.push(id);
      const handle = await offline.create({ id, name: `Inburgeraar ${c}`, language: 'ar' });
      startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'ar', now: NOW });
      await handle.save();
      for (const q of QUESTIONS) {
        answerQuestion(handle.doc, {
          conversationId: 'v1',
          questionId: q.id,
          value: { kind: 'tiles', tileIds: [q.tiles[0]!.id] },
          language: 'ar',
          answeredBy: 'inburgeraar',
          now: NOW,
        });
        await handle.save();
      }
    }
    // The cases were left (closed and compacted), as the app does; the app is opened again when back online.
    await offline.closeAll();
    const prepareMs = performance.now() - prepareStart;
    const db = openDb(dbName);
    cases = new CaseRepository(db, () => NOW);
    const dirtyBefore = await db.cases.where('dirty').equals(1).count();
    if (dirtyBefore !== CASES) throw new Error(`expected ${CASES} dirty cases, found ${dirtyBefore}`);

    let connectMs = NaN;
    let firstMs = NaN;
    const start = performance.now();
    engine = new SyncEngine({
      url: server.wsUrl,
      api,
      session,
      cases,
      WebSocketPolyfill: WebSocket,
      onConnectionChange: (status) => {
        if (status === 'connected' && Number.isNaN(connectMs)) connectMs = performance.now() - start;
      },
    });
    engine.start();
    for (;;) {
      const dirty = await db.cases.where('dirty').equals(1).count();
      if (dirty < CASES && Number.isNaN(firstMs)) firstMs = performance.now() - start;
      if (dirty === 0) break;
      if (performance.now() - start > TIMEOUT_MS) throw new Error(`${dirty} of ${CASES} cases still dirty after ${TIMEOUT_MS} ms`);
      await sleep(10);
    }
    const totalMs = performance.now() - start;
    // Counted before the engine lets go of the cases (closing them lets the server compact their logs).
    const [row] = await server.db.query<{ n: unknown }>('SELECT count(*) AS n FROM document_updates');
    engine.stop();
    engine = undefined;

    // What the tablet was told is durable is in the database: read each case back from the store.
    let verified = 0;
    for (const id of ids) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await server.store.load(caseDocumentName(id)));
      const answers = readConversationById(doc, 'v1')?.answers ?? {};
      if (QUESTIONS.every((q) => answers[q.id]?.value !== undefined)) verified++;
    }
    return { totalMs, connectMs, firstMs, prepareMs, verified, updatesLogged: Number(row?.n ?? 0) };
  } finally {
    engine?.stop();
    await cases?.closeAll();
    await server.stop();
  }
};

const RUNS = 3;

const rowsFor = (kind: AdapterKind, runs: RunResult[]): BenchRow[] => {
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const complete = runs.every((r) => r.verified === CASES);
  return [
    {
      name: `${CASES} offline cases → all durably acknowledged (${label}), median of ${runs.length}`,
      value: median.totalMs / 1000,
      unit: 's',
      target: `≤ ${TARGET_MS / 1000} s`,
      met: median.totalMs <= TARGET_MS && complete,
      note: `runs: ${runs.map((r) => `${(r.totalMs / 1000).toFixed(2)} s`).join(', ')}; median run: connected after ${Math.round(median.connectMs)} ms, first case synced after ${Math.round(median.firstMs)} ms, ${median.updatesLogged} updates logged; ${complete ? `every run: all ${CASES} cases read back complete from the server's store` : '**a case was missing answers on the server**'}`,
    },
  ];
};

export const syncSuite: BenchSuite = {
  id: 'sync',
  title: `Sync after reconnect: ${CASES} cases edited offline`,
  method: `One tablet in Node: the real \`SyncEngine\` with \`CaseRepository\` over fake-indexeddb and a
  \`SessionManager\` logged in over REST, against the real server (\`startTestServer\`: Fastify + Hocuspocus,
  the production store debounce of ${STORE_DEBOUNCE_MS / 1000} s after a document's last update, so no debounced store
  runs within a run) on a fresh database, **in the same Node process** as the tablet, so both
  share one event loop and the figure is conservative. While the engine is stopped, ${CASES} cases are created,
  each with one conversation and ${ANSWERS} answers to real catalog questions, every change saved (${ANSWERS + 2} saves
  per case); then the repository is closed and opened again, as after an app restart. The clock starts at
  \`engine.start()\` and stops when the case index has no row with \`dirty=1\` any more, i.e. every case was
  acknowledged by the server *after* its updates were committed to the database (polled every 10 ms). The time
  includes connecting, listing the municipality's cases over REST, opening every case from IndexedDB, one
  authorisation and one handshake per case on the shared socket. Afterwards every case is read back from the
  server's store and checked for all ${ANSWERS} answers. ${RUNS} runs per database, each on a fresh
  database and fresh tablet storage; the median is reported. Run against PGlite (embedded, on disk) and, when
  \`DATABASE_URL\` is set, PostgreSQL on 127.0.0.1.`,
  async run(): Promise<BenchRow[]> {
    const kinds: AdapterKind[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
    const rows: BenchRow[] = [];
    for (const kind of kinds) {
      const runs: RunResult[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(kind));
      rows.push(...rowsFor(kind, runs));
    }
    if (!DATABASE_URL) rows.push({ name: 'PostgreSQL', value: NaN, unit: '', note: 'not run: DATABASE_URL is not set' });
    return rows;
  },
};

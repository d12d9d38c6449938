// The app as a consultant's tablet feels it, against a floor page (tests/bench/floor: the least a Vite + React +
// service worker page needs for the same first screens), measured alternately in one run: Chromium with its CPU
// slowed 4× (CDP), offline from each page's service worker, persistent profiles seeded through the app's own storage
// code. Cold start to a list of 50 cases, a tile tap to its IndexedDB commit, 2,000 cases (Enter and search), the heap
// over 45 opened cases, the stored bytes of one answer edited 300 times, first contentful paint and the start's JS.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { DOMAINS } from '../../src/content/catalog';
import { PICTOGRAMS } from '../../src/content/pictograms';
import type { Question } from '../../src/content/types';
import { readConversationById } from '../../src/domain/caseDoc';
import { buildSearchIndex, searchIndex } from '../../src/domain/caseSearch';
import { caseDocDbName } from '../../src/storage/caseDocPersistence';
import type { CaseRow } from '../../src/storage/db';
import { TABLET_LANDSCAPE } from '../e2e/lib/browser';
import { CHROMIUM_ARGS, ensureChromium } from '../e2e/lib/chromium';
import { choosePin, PIN } from '../e2e/lib/pin';
import { startServer } from '../e2e/lib/server';
import { readCaseDoc } from '../e2e/lib/tabletDb';
import { buildFloor, serveStatic } from './floor/build';
import { percentile, type BenchRow, type BenchSuite } from './report';
import {
  commitAfter,
  longTasksBetween,
  marksOf,
  paintedWhen,
  PROBE,
  quietAfter,
  scriptsLoadedBy,
  storeSize,
  type CheckName,
} from './tablet/probe';
import type * as Seed from './tablet/seed';
import {
  CPU_SLOWDOWN,
  ENTER_TARGET_MS,
  KEY_INTERVAL_MS,
  PIN_KEY_INTERVAL_MS,
  QUERY,
  SEARCH_TARGET_MS,
} from './tablet/consultant';

/** Ours and the floor, one after the other, this many times per figure. */
const PAIRS = Number(process.env.BENCH_TABLET_PAIRS) || 7;
/** Real cases (a y-indexeddb doc each, made by CaseRepository) on the tablet for the start, the taps and the heap. */
const LIST_CASES = 50;
/** Tile questions each seeded case has answered. */
const SEEDED_ANSWERS = 8;
/** Cases for the list figures: the real ones plus index rows as CaseRepository writes them. */
const MANY_CASES = 2000;
/** Unmeasured cold starts per side before the pairs (the first start after installing compiles every script). */
const WARMUP_STARTS = 1;
/** "Interactive": no long task for this long after the PIN pad painted (Lighthouse's TTI uses 5 s). */
const QUIET_MS = 500;
const START_TARGET_RATIO = 1.2;
const TAPS_PER_PAIR = 8;
/** Long tasks counted per tap from the tap's event to this many ms after it (the next question slides in inside it). */
const TAP_WINDOW_MS = 1000;
/** Pause on the question screen before a tap, once its tiles are painted. */
const SETTLE_MS = 500;
const TAP_TARGET_RATIO = 1.3;
/** Pause on the list before typing the search (the live read after the early one). */
const LIST_SETTLE_MS = 1500;
const HEAP_CASES = 45;
const HEAP_FROM = 5;
const HEAP_STEP = 10;
const HEAP_FLAT_MB = 1;
const EDITS = 300;
/** The app idles on the question screen this long after the last edit before its store is read again. */
const IDLE_MS = 15_000;
const LEAVE_MS = 3000;
/** "Compacted": at most this many update rows left of the answer's edits. */
const COMPACTED_ROWS = 2;
const NOW = Date.now();
const MB = 2 ** 20;

const FIRST = [
  'Samira',
  'Amanuel',
  'Yonas',
  'Fatima',
  'Mohammed',
  'Zoë',
  'Ahmad',
  'Mariam',
  'Tesfay',
  'Layla',
  'Omar',
  'Rahwa',
  'Hamid',
  'Nour',
  'Yusuf',
  'Selam',
];
const LAST = [
  'Haddad',
  'Tesfaye',
  'Çelik',
  'Al-Masri',
  'Gebremedhin',
  'Hosseini',
  'Yilmaz',
  'Bekele',
  'Khalil',
  'Rahimi',
  'Abdi',
  'Nasser',
  'Kidane',
  'Osman',
  'Haile',
  'Jafari',
  'Saleh',
  'Woldu',
  'Aziz',
  'Habibi',
];
const LANGUAGES = ['ar', 'ti', 'fa', 'prs', 'so', 'tr', 'uk', 'en'];
const nameOf = (i: number) => {
  const round = Math.floor(i / (FIRST.length * LAST.length));
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${round ? ` ${round + 1}` : ''}`;
};

/** Questions a tap answers on its own: for the inburgeraar, not sensitive, never only a follow-up. */
const followUpIds = new Set(
  DOMAINS.flatMap((d) => d.questions.flatMap((q) => q.followUps.map((f) => f.questionId))),
);
const plainQuestion = (kind: Question['kind']): Question => {
  const found = DOMAINS.flatMap((d) => d.questions).find(
    (q) =>
      q.kind === kind &&
      q.answeredBy === 'inburgeraar' &&
      q.sensitivity === 'normal' &&
      !followUpIds.has(q.id),
  );
  if (!found) throw new Error(`No ${kind} question in the catalog.`);
  return found;
};
/** Tapped PAIRS × TAPS_PER_PAIR times, two tiles in turn (each tap answers it anew and moves on to the next question). */
const TAP_QUESTION = plainQuestion('single-tile');
/** One of its tiles toggled EDITS times: one answer edited EDITS times. */
const EDIT_QUESTION = plainQuestion('multi-tile');
const TAP_TILES = TAP_QUESTION.tiles.slice(0, 2).map((t) => t.id);
const EDIT_TILE = EDIT_QUESTION.tiles[0]!.id;

type SideId = 'ours' | 'floor';
interface Side {
  id: SideId;
  url: string;
  profile: string;
  /** Where a tap's answer is committed: database name (prefix) and object store. */
  answerDb(caseId: string): { db: string; store: string };
  questionHash(caseId: string, question: Question): string;
  /** The built files the page's scripts are read from (for their sizes). */
  files: string;
}

const oursSide = (url: string, profile: string): Side => ({
  id: 'ours',
  url,
  profile,
  answerDb: (caseId) => ({ db: caseDocDbName(caseId), store: 'updates' }),
  questionHash: (caseId, q) =>
    `#/case/${encodeURIComponent(caseId)}/talk/v1/domain/${encodeURIComponent(q.domainId)}/${encodeURIComponent(q.id)}`,
  files: 'dist',
});
const floorSide = (url: string, profile: string, files: string): Side => ({
  id: 'floor',
  url,
  profile,
  answerDb: () => ({ db: 'floor', store: 'answers' }),
  questionHash: (caseId) => `#/case/${encodeURIComponent(caseId)}`,
  files,
});

interface Open {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

const open = async (side: Side, offline: boolean): Promise<Open> => {
  const context = await chromium.launchPersistentContext(side.profile, {
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: TABLET_LANDSCAPE,
    locale: 'nl-NL',
    offline,
  });
  await context.addInitScript({ content: PROBE });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('crash', () => console.error(`  tablet: the ${side.id} page crashed`));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
};

const throttle = (cdp: CDPSession, rate: number) =>
  cdp.send('Emulation.setCPUThrottlingRate', { rate });
const now = (page: Page) => page.evaluate(() => performance.now());
const painted = (page: Page, check: CheckName, arg: unknown = null) =>
  paintedWhen(page, check, arg);

/** Types the PIN a digit at a time (after the pad is up) and clicks ✓; resolves with Enter → the check painted. */
const enterPin = async (
  page: Page,
  until: CheckName,
  arg: unknown = null,
  beforeEnter: () => Promise<void> = async () => undefined,
): Promise<number> => {
  for (const digit of PIN) {
    await page.waitForTimeout(PIN_KEY_INTERVAL_MS);
    await page.locator('.pin-key', { hasText: new RegExp(`^${digit}$`) }).click();
  }
  // Every digit landed (the pad may still have been starting): a wrong PIN would count as a wrong try.
  await page
    .locator('.pin-dot.is-filled')
    .nth(PIN.length - 1)
    .waitFor();
  await beforeEnter();
  const seen = painted(page, until, arg);
  await page.locator('.pin-key-ok').click();
  const at = await seen;
  return at - ((await marksOf(page)).enter ?? NaN);
};

const waitForServiceWorker = async (page: Page) => {
  const deadline = Date.now() + 120_000;
  while (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    if (Date.now() > deadline) throw new Error('The service worker did not take control in time.');
    await page.waitForTimeout(250);
  }
};

/** The in-page seeding code (tests/bench/tablet/seed.ts and the app's storage code it imports), one IIFE. */
const seedScript = async (): Promise<string> => {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: join(import.meta.dirname, 'tablet/seed.ts'),
        formats: ['iife'],
        name: '__benchSeed',
      },
    },
  });
  const chunk = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  const code = chunk.output[0]?.code;
  if (!code) throw new Error('The seed bundle was not built.');
  return code;
};
type SeedApi = typeof Seed;
/** Evaluates the seeding code in the page (over CDP, so the app's CSP, script-src 'self', does not apply) and calls it. */
const seed = async <K extends 'seedCases' | 'seedIndexRows' | 'pinIterations'>(
  page: Page,
  script: string,
  method: K,
  ...args: Parameters<SeedApi[K]>
): Promise<Awaited<ReturnType<SeedApi[K]>>> => {
  await page.evaluate(script);
  return page.evaluate(
    ({ method, args }) =>
      (window as unknown as { __benchSeed: Record<string, (...a: unknown[]) => Promise<unknown>> })
        .__benchSeed[method]!(...args),
    { method, args: args as unknown[] },
  ) as Promise<Awaited<ReturnType<SeedApi[K]>>>;
};

/** Writes rows into one of the floor's stores (plain IndexedDB, the database the floor page made). */
const putFloor = (page: Page, store: string, rows: unknown[]) =>
  page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('floor');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );

/** The floor's PIN verifier: PBKDF2-SHA-256 with the app's iteration count, made in the page. */
const floorVerifier = (page: Page, iterations: number) =>
  page.evaluate(
    async ({ pin, iterations }) => {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const key = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(pin),
        'PBKDF2',
        false,
        ['deriveBits'],
      );
      const bits = await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
        key,
        256,
      );
      return {
        key: 'pin',
        value: {
          salt: btoa(String.fromCharCode(...salt)),
          hash: btoa(String.fromCharCode(...new Uint8Array(bits))),
          iterations,
        },
      };
    },
    { pin: PIN, iterations },
  );

const median = (values: number[]) => percentile(values, 50);
const list = (values: number[], unit = 'ms', digits = 0) =>
  values.map((v) => v.toFixed(digits)).join(', ') + ` ${unit}`;
const kib = (bytes: number) => bytes / 1024;

interface Start {
  fcp: number;
  padPainted: number;
  interactive: number;
  enterToList: number;
  scripts: string[];
}

/**
 * With BENCH_TABLET_PROFILE=<folder>, one more cold start of ours after the pairs records two CPU profiles there
 * (start → interactive, ✓ → list painted), and one more tap of ours after the last pair (click → commit) a CPU profile
 * and a trace (tap.trace.json: tasks, frames, IndexedDB events); open them in Chromium's DevTools, for finding where
 * the time goes.
 */
const PROFILE_DIR = process.env.BENCH_TABLET_PROFILE;
/** BENCH_TABLET_ONLY=start or tap: only that figure (for trying a change, with the profile); `docs/benchmarks.md` is rewritten all the same. */
const ONLY =
  process.env.BENCH_TABLET_ONLY ?? (process.env.BENCH_TABLET_START_ONLY ? 'start' : undefined);

/** A Chromium trace (tasks, frames, IndexedDB, scheduling, the service worker and its caches) from now until `stopTrace`, for the profiled runs. */
const startTrace = (cdp: CDPSession) =>
  cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'IndexedDB',
        'blink',
        'v8.execute',
        'scheduler',
        'ServiceWorker',
        'CacheStorage',
        'navigation',
        'loading',
      ],
    },
  });

/** Ends the trace begun by `startTrace` and writes it to `file` (open it in DevTools' Performance panel). */
const stopTrace = async (cdp: CDPSession, file: string) => {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let trace = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream! });
    trace += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream! });
  writeFileSync(file, trace);
};

const coldStart = async (side: Side, profileTo?: string): Promise<Start> => {
  const { context, page, cdp } = await open(side, true);
  const startProfile = async () => {
    if (!profileTo) return;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await startTrace(cdp);
  };
  const stopProfile = async (part: string) => {
    if (!profileTo) return;
    const name = side.id === 'ours' ? part : `${side.id}-${part}`;
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(profileTo, `${name}.cpuprofile`), JSON.stringify(profile));
    await stopTrace(cdp, join(profileTo, `${name}.trace.json`));
  };
  try {
    await throttle(cdp, CPU_SLOWDOWN);
    await startProfile();
    await page.goto(side.url, { waitUntil: 'commit' });
    const padPainted = await painted(page, 'padReady');
    const interactive = await quietAfter(page, padPainted, QUIET_MS);
    await stopProfile('start');
    const enterToList = await enterPin(page, 'listPainted', null, startProfile);
    await stopProfile('enter');
    const { fcp } = await marksOf(page);
    const scripts = await scriptsLoadedBy(page, interactive);
    await throttle(cdp, 1);
    return { fcp: fcp ?? NaN, padPainted, interactive, enterToList, scripts };
  } finally {
    await context.close();
  }
};

/** Bytes of the scripts as built (uncompressed, as parsed) and gzipped (level 6, as a server would send them). */
const scriptBytes = (side: Side, scripts: string[]) => {
  let raw = 0;
  let gzip = 0;
  for (const path of new Set(scripts)) {
    const file = join(side.files, path);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    raw += body.length;
    gzip += gzipSync(body, { level: 6 }).length;
  }
  return { raw, gzip, count: new Set(scripts).size };
};

interface Tap {
  toCommit: number;
  toIndex?: number;
  longTasks: number;
  longest: number;
}

/** One tap on a tile of the question screen: its event → the answer's transaction committed, and long tasks after. */
const tapOnce = async (
  side: Side,
  page: Page,
  caseId: string,
  tileId: string,
  profile?: { cdp: CDPSession; file: string },
): Promise<Tap> => {
  const hash = side.questionHash(caseId, TAP_QUESTION);
  if ((await page.evaluate(() => location.hash)) !== hash)
    await page.evaluate((h) => (location.hash = h), hash);
  await painted(page, 'tileReady', tileId);
  await page.waitForTimeout(SETTLE_MS);
  if (profile) {
    await profile.cdp.send('Profiler.enable');
    await profile.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await profile.cdp.send('Profiler.start');
    await startTrace(profile.cdp);
  }
  const before = await now(page);
  await page.locator(`.tile[data-tile="${tileId}"]`).click();
  const { db, store } = side.answerDb(caseId);
  let tapAt = (await marksOf(page)).tap ?? NaN;
  if (!(tapAt > before)) tapAt = before;
  const committed = await commitAfter(page, tapAt, db, store);
  if (profile) {
    const { profile: recorded } = await profile.cdp.send('Profiler.stop');
    writeFileSync(profile.file, JSON.stringify(recorded));
    await stopTrace(profile.cdp, profile.file.replace('.cpuprofile', '.trace.json'));
  }
  const indexed =
    side.id === 'ours'
      ? await commitAfter(page, tapAt, 'samenspraak', 'cases').catch(() => NaN)
      : undefined;
  const wait = tapAt + TAP_WINDOW_MS - (await now(page));
  if (wait > 0) await page.waitForTimeout(wait);
  const { count, longest } = await longTasksBetween(page, tapAt, tapAt + TAP_WINDOW_MS);
  return {
    toCommit: committed - tapAt,
    ...(indexed !== undefined ? { toIndex: indexed - tapAt } : {}),
    longTasks: count,
    longest,
  };
};

const heapUsed = async (cdp: CDPSession): Promise<number> => {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
};

/** Opens a case (its page painted), then goes back to the list (painted). */
const openCase = async (page: Page, caseId: string, name: string) => {
  await page.evaluate((h) => (location.hash = h), `#/case/${encodeURIComponent(caseId)}`);
  await painted(page, 'casePainted', name);
  await page.evaluate(() => (location.hash = '#/'));
  await painted(page, 'listPainted');
};

const sizeOfAnswer = async (side: Side, page: Page, caseId: string) => {
  const { db, store } = side.answerDb(caseId);
  if (side.id === 'ours') return storeSize(page, db, store);
  // The floor keeps every case's answers in one store: only this case's row counts.
  return page.evaluate(
    ({ db, store, caseId }) =>
      new Promise<{ rows: number; bytes: number }>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            request.result.close();
            const rows = (all.result as { caseId: string }[]).filter((r) => r.caseId === caseId);
            resolve({
              rows: rows.length,
              bytes: rows.reduce(
                (sum, r) => sum + new TextEncoder().encode(JSON.stringify(r)).length,
                0,
              ),
            });
          };
          all.onerror = () => reject(all.error);
        };
      }),
    { db, store, caseId },
  );
};

/**
 * Why a target is missed and what would close it, as far as the measurements show (written from this bench's
 * figures and the app's start path; a target that is met prints nothing of it).
 */
const WHY_MISSED = {
  start:
    "Enter is now close to the floor's (the case list is rehearsed while the PIN is typed: rendered once, hidden and inert, with sample cards, so React's, i18next's and the browser's first run of it is behind it); the difference left is the PIN pad: in traces of one start of each (BENCH_TABLET_PROFILE) our first screen's code evaluates and renders in about as long as the floor's (React, zustand, the lock and the PIN screens, 246 KiB against 218), but it begins later: the document's commit takes longer (its security headers put it in a fresh renderer process; in one trace served without them, a same-process swap cost about as much), the preload scan asks the service worker for three files against one (the entry, the bundler's runtime chunk, the stylesheet) and the entry arrives last, after the commit has held the main thread; the pairs vary 0.9–1.7× with the machine, so one run lands either side of the target; what would close it: a lighter document commit and fewer critical files (the runtime chunk in the entry, which the bundler's chunk groups do not reach); tried and not above the noise: the stylesheet inlined into the document, the build's hashed files served by the service worker's static routes (InstallEvent.addRoutes) instead of its fetch handler",
  tap: "in a trace of one tap (BENCH_TABLET_PROFILE, tap.trace.json) the click's own work (React's dispatch, the answer through Yjs, the IndexedDB add and its commit request) takes a few ms at 4×, nothing renders before the commit, but the browser's frame for the press (style, paint, the layer's commit) runs before IndexedDB's success and complete events reach the page (the press is no longer animated: its transition's four events went to React in that frame), and the taps vary by a frame or two on the shared machine, which sets the p95; the floor's click is lighter (no Yjs, one put); what would close it: a lighter click path (the answer entry built without Yjs' event machinery) and a press that costs no frame",
  manyEnter:
    "Enter waits for the PIN check and the first render of the windowed grid (its code and rows are read ahead once the pad is touched, and it renders without a blank Suspense frame); the rest is React's commit of the top bar and the first window of cards and the browser's layout of them; what would close it: the grid's first window rendered before the rest of the screen, lighter cards, the list in the start chunk for tablets with many cases",
} as const;

/** Ours, floor and their ratio as three rows; the target on the row `targetOn` names. */
const triple = (
  name: string,
  unit: string,
  ours: number,
  floor: number,
  notes: { ours?: string; floor?: string; ratio?: string },
  target?: { on: 'ours' | 'ratio'; text: string; met: boolean; missed?: string },
): BenchRow[] => {
  const ratio = ours / floor;
  /** A missed target's row says why and what would close it (issue 15, item 8). */
  const withWhy = (note: string | undefined, on: 'ours' | 'ratio') =>
    target?.on === on && !target.met && target.missed
      ? `${note ?? ''} — not met: ${target.missed}`
      : (note ?? '');
  return [
    {
      name: `${name} — ours`,
      value: ours,
      unit,
      ...(target?.on === 'ours' ? { target: target.text, met: target.met } : {}),
      note: withWhy(notes.ours, 'ours'),
    },
    { name: `${name} — floor`, value: floor, unit, note: notes.floor ?? '' },
    {
      name: `${name} — ratio ours / floor`,
      value: ratio,
      unit: '×',
      ...(target?.on === 'ratio' ? { target: target.text, met: target.met } : {}),
      note: withWhy(notes.ratio, 'ratio'),
    },
  ];
};

const failed = (name: string, error: unknown): BenchRow[] => {
  console.error(`  tablet: ${name} failed:`, error);
  return [
    {
      name: `${name}: failed`,
      value: NaN,
      unit: '',
      note: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    },
  ];
};

export const tabletSuite: BenchSuite = {
  id: 'tablet',
  title: `The app against a floor page in the browser (${CPU_SLOWDOWN}× CPU throttle, offline, ${PAIRS} pairs)`,
  method: `Two pages built and served on this machine: the app (\`npm run build\`, served by the real server) and the
  floor (tests/bench/floor: Vite + React without a config of its own, a hand-written service worker that precaches
  every file of its build, plain IndexedDB; a PIN pad checked with PBKDF2 at the app's own iteration count, a list of
  every case row with the app's search key, a screen of the question's picture tiles where one tap is one IndexedDB
  put; built to a temporary folder at the start of the run). Each side has its own persistent Chromium profile
  (playwright-core, headless Debian Chromium, ${TABLET_LANDSCAPE.width}×${TABLET_LANDSCAPE.height}, Dutch). Installing:
  the app's PIN is chosen on its own pad and, once its service worker controls the page, ${LIST_CASES} cases are made in
  the page by the app's own storage code (\`CaseRepository\` over the app's Dexie database, bundled from src/ for the
  bench and evaluated in the page): each case created, an intake conversation started and ${SEEDED_ANSWERS} tile
  questions answered, each saved, then closed; the floor gets the same index rows and a verifier of the same PIN.
  Then both servers stop and every browser runs offline. Every figure is measured on ours and the floor alternately
  (ours, floor, ours, floor …). **Cold offline start**, ${PAIRS} pairs after ${WARMUP_STARTS} unmeasured start per side:
  a fresh browser on the profile, the CPU slowed ${CPU_SLOWDOWN}× (CDP \`Emulation.setCPUThrottlingRate\`) before the
  navigation; *PIN pad interactive* is the first painted frame with an enabled PIN key, or the end of the last long task
  after it once the main thread has had none for ${QUIET_MS} ms (Lighthouse's time to interactive with a
  ${QUIET_MS} ms window), counted from navigation start; then the PIN is typed a digit every ${PIN_KEY_INTERVAL_MS} ms
  and *Enter → list painted* runs from the ✓ click's event to the first painted frame (rAF, then a task) in which the
  first card in the page's root (\`#root\`, not the app's hidden rehearsal of the list) shows a name; the figure is
  their sum, median of the pairs. First contentful paint (\`paint\` entries) and the scripts the page fetched up to
  *interactive* (Resource Timing, every \`.js\`, their built files measured raw and gzipped at level 6) come from the
  same starts. **Tap → committed**: the case's question
  "${TAP_QUESTION.id}" (single choice), the CPU slowed ${CPU_SLOWDOWN}×, ${TAPS_PER_PAIR} taps per side per pair on
  two tiles in turn, each after the screen shows the tiles and ${SETTLE_MS} ms of rest; the app moves on to the next
  question after a tap, so before each tap the question is opened again by its URL. A tap runs from the click's event
  to the \`complete\` event of the first readwrite IndexedDB transaction after it on the answer's store (ours: the
  y-indexeddb \`updates\` store of that case's database; the floor: its \`answers\` store), seen by a listener the probe
  adds to every readwrite transaction before the page's own scripts run (\`IDBDatabase.prototype.transaction\`
  wrapped; nothing else changes); ours also notes the commit of its case-index row. Long tasks (\`longtask\`
  entries) are counted from the tap's event for ${TAP_WINDOW_MS} ms. Afterwards the stored answer is read back and
  must be the last tile tapped. The taps, the heap, the edits and the ${MANY_CASES.toLocaleString('en')} cases run in one
  offline browser per side, kept open and unlocked once; the side not being measured idles. **Heap**, without throttling: both pages open ${HEAP_CASES} different cases one after the
  other (each by its URL until its page shows the name, then back to the list), and after case ${HEAP_FROM} and every
  ${HEAP_STEP} more the heap is read after garbage collection (CDP \`HeapProfiler.collectGarbage\` three times, then
  \`Runtime.getHeapUsage\`); the figure is its growth from case ${HEAP_FROM} to case ${HEAP_CASES}. **One answer edited
  ${EDITS} times**, without throttling: one tile of "${EDIT_QUESTION.id}" (several choices) tapped ${EDITS} times in ours
  (on, off, on …), the floor's two tiles in turn ${EDITS} times (one put each), each tap after the previous one's commit; then the rows and bytes of that answer's store (ours: the case's y-indexeddb
  \`updates\`; the floor: its row) are read right after the last edit, after ${IDLE_MS / 1000} s with the app idle on
  the same screen, and ${LEAVE_MS / 1000} s after going back to the list; "compacted" means at most ${COMPACTED_ROWS}
  rows left. **${MANY_CASES.toLocaleString('en')} cases**: ${(MANY_CASES - LIST_CASES).toLocaleString('en')} index rows
  more, each the row \`CaseRepository\` writes (the app's \`summarizeCase\` of a doc made in memory), written through the
  app's Dexie database; the floor gets the same rows and renders every one of them. ${PAIRS} pairs: reload, the CPU
  slowed once the PIN pad shows, Enter → list painted as above; after ${LIST_SETTLE_MS} ms "${QUERY}" is typed a key
  every ${KEY_INTERVAL_MS} ms and *last keystroke → result* runs from the last \`input\` event to the painted frame in
  which the list says it holds the expected number of cases (\`aria-setsize\`, counted in Node with the app's search)
  and every card shown is one of them. The machine is shared: the first row notes its load when the run began, and
  the floor's figures show what the machine allowed at that moment.`,
  async run(): Promise<BenchRow[]> {
    if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` first.');
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the start`;
    const work = mkdtempSync(join(tmpdir(), 'samenspraak-tablet-'));
    const floorFiles = join(work, 'floor');
    const floorTiles = [
      ...new Map([...TAP_QUESTION.tiles, ...EDIT_QUESTION.tiles].map((t) => [t.id, t])).values(),
    ].map((t) => ({
      id: t.id,
      label: t.id,
      pictogramFile: `${PICTOGRAMS[t.pictogram as keyof typeof PICTOGRAMS]}.svg`,
    }));
    await buildFloor(floorFiles, TAP_QUESTION.id, floorTiles);
    const script = await seedScript();
    const server = await startServer();
    const floorServer = await serveStatic(floorFiles);
    const ours = oursSide(server.url, join(work, 'ours-profile'));
    const floor = floorSide(floorServer.url, join(work, 'floor-profile'), floorFiles);
    let serversUp = true;
    const stopServers = async () => {
      if (!serversUp) return;
      serversUp = false;
      await Promise.all([server.stop(), floorServer.stop()]);
    };
    const rows: BenchRow[] = [];
    try {
      // Install both, seed them, then take the servers away.
      const specs = Array.from({ length: LIST_CASES }, (_, i) => ({
        id: `tablet-${i.toString().padStart(2, '0')}`,
        name: nameOf(i * 7),
        language: LANGUAGES[i % LANGUAGES.length]!,
      }));
      let realRows: CaseRow[];
      let iterations: number;
      {
        const { context, page } = await open(ours, false);
        await page.goto(ours.url);
        await choosePin(page);
        await page.getByRole('heading', { name: 'Vandaag' }).waitFor();
        await waitForServiceWorker(page);
        realRows = await seed(page, script, 'seedCases', specs, SEEDED_ANSWERS);
        iterations = await seed(page, script, 'pinIterations');
        await context.close();
      }
      {
        const { context, page } = await open(floor, false);
        await page.goto(floor.url);
        await painted(page, 'padReady');
        await waitForServiceWorker(page);
        await putFloor(page, 'settings', [await floorVerifier(page, iterations)]);
        await putFloor(page, 'cases', realRows);
        await context.close();
      }
      await stopServers();
      console.log(
        `  tablet: installed and seeded (${realRows.length} cases, PIN iterations ${iterations}); servers stopped`,
      );

      // Cold offline starts.
      const starts: Record<SideId, Start[]> = { ours: [], floor: [] };
      if (ONLY !== 'tap')
        try {
          for (let i = 0; i < WARMUP_STARTS; i++)
            for (const side of [ours, floor]) await coldStart(side);
          for (let pair = 0; pair < PAIRS; pair++) {
            for (const side of [ours, floor]) {
              const start = await coldStart(side);
              starts[side.id].push(start);
              console.log(
                `  tablet: start ${pair + 1} ${side.id}: fcp ${Math.round(start.fcp)}, pad ${Math.round(start.padPainted)}, interactive ${Math.round(start.interactive)}, Enter → list ${Math.round(start.enterToList)} ms; ${start.scripts.length} scripts`,
              );
            }
          }
          if (PROFILE_DIR) {
            mkdirSync(PROFILE_DIR, { recursive: true });
            await coldStart(ours, PROFILE_DIR);
            await coldStart(floor, PROFILE_DIR);
            console.log(
              `  tablet: CPU profiles and traces of one more cold start of each in ${PROFILE_DIR}`,
            );
          }
          const total = (s: Start) => s.interactive + s.enterToList;
          const o = starts.ours.map(total);
          const f = starts.floor.map(total);
          const ratios = o.map((v, i) => v / f[i]!);
          const parts = (side: SideId) =>
            `interactive ${Math.round(median(starts[side].map((s) => s.interactive)))} ms (pad painted ${Math.round(median(starts[side].map((s) => s.padPainted)))} ms) + Enter → list ${Math.round(median(starts[side].map((s) => s.enterToList)))} ms (medians); runs ${list(starts[side === 'ours' ? 'ours' : 'floor'].map(total))}`;
          rows.push(
            ...triple(
              `cold offline start: PIN pad interactive + Enter → list of ${LIST_CASES} cases, median of ${PAIRS}`,
              'ms',
              median(o),
              median(f),
              {
                ours: `${parts('ours')}; ${load}`,
                floor: parts('floor'),
                ratio: `per pair ${list(ratios, '×', 2)}`,
              },
              {
                on: 'ratio',
                text: `≤ ${START_TARGET_RATIO} × floor`,
                met: median(o) / median(f) <= START_TARGET_RATIO,
                missed: WHY_MISSED.start,
              },
            ),
          );
          const fcp = (side: SideId) => starts[side].map((s) => s.fcp);
          rows.push(
            ...triple(
              `first contentful paint (cold offline start), median of ${PAIRS}`,
              'ms',
              median(fcp('ours')),
              median(fcp('floor')),
              { ours: `runs ${list(fcp('ours'))}`, floor: `runs ${list(fcp('floor'))}` },
            ),
          );
          const js = (side: Side) => scriptBytes(side, starts[side.id].at(-1)!.scripts);
          const jo = js(ours);
          const jf = js(floor);
          const jsNote = (b: ReturnType<typeof scriptBytes>) =>
            `${b.count} script${b.count === 1 ? '' : 's'}, ${kib(b.gzip).toFixed(1)} KiB gzipped`;
          rows.push(
            ...triple(
              'JS the first screen loads (scripts fetched until the PIN pad is interactive, uncompressed)',
              'KiB',
              kib(jo.raw),
              kib(jf.raw),
              {
                ours: jsNote(jo),
                floor: jsNote(jf),
                ratio: `gzipped ${(jo.gzip / jf.gzip).toFixed(2)} ×`,
              },
            ),
          );
        } catch (error) {
          rows.push(...failed('cold offline start', error));
        }

      if (ONLY === 'start') return rows;

      // The rest runs in one open browser per side, offline, unlocked.
      const pages = { ours: await open(ours, true), floor: await open(floor, true) };
      const unlock = async (side: Side) => {
        const { page } = pages[side.id];
        await page.goto(side.url);
        await painted(page, 'padReady');
        await enterPin(page, 'listPainted');
      };
      try {
        for (const side of [ours, floor]) await unlock(side);

        // Heap over opened cases, alternately per stretch.
        if (ONLY !== 'tap') {
          const heapCases = realRows.slice(2, 2 + HEAP_CASES);
          if (heapCases.length < HEAP_CASES)
            throw new Error(`only ${heapCases.length} cases to open`);
          const heap: Record<SideId, { after: number; used: number }[]> = { ours: [], floor: [] };
          try {
            let opened = 0;
            for (let stop = HEAP_FROM; stop <= HEAP_CASES; stop += HEAP_STEP) {
              for (const side of [ours, floor]) {
                for (const row of heapCases.slice(opened, stop))
                  await openCase(pages[side.id].page, row.id, row.name);
                heap[side.id].push({ after: stop, used: await heapUsed(pages[side.id].cdp) });
              }
              opened = stop;
            }
            const growth = (side: SideId) => (heap[side].at(-1)!.used - heap[side][0]!.used) / MB;
            const steps = (side: SideId) =>
              heap[side].map((h) => `${h.after}: ${(h.used / MB).toFixed(1)}`).join(', ') + ' MB';
            const g = growth('ours');
            const last = (side: SideId) => heap[side].at(-1)!.used;
            rows.push(
              {
                name: `heap growth from case ${HEAP_FROM} to case ${HEAP_CASES} opened — ours`,
                value: g,
                unit: 'MB',
                target: `flat (± ${HEAP_FLAT_MB} MB)`,
                met: Math.abs(g) <= HEAP_FLAT_MB,
                note: `heap after GC by cases opened: ${steps('ours')}`,
              },
              {
                name: `heap growth from case ${HEAP_FROM} to case ${HEAP_CASES} opened — floor`,
                value: growth('floor'),
                unit: 'MB',
                note: `heap after GC by cases opened: ${steps('floor')}`,
              },
              {
                name: `heap after ${HEAP_CASES} cases opened — ratio ours / floor`,
                value: last('ours') / last('floor'),
                unit: '×',
                note: `${(last('ours') / MB).toFixed(1)} MB / ${(last('floor') / MB).toFixed(1)} MB (a ratio of the growths would divide by about nothing)`,
              },
            );
          } catch (error) {
            rows.push(...failed('heap', error));
          }
        }

        // Taps, alternately per block of taps, CPU slowed.
        const tapCase = realRows[0]!;
        const taps: Record<SideId, Tap[]> = { ours: [], floor: [] };
        try {
          let last: Record<SideId, string | undefined> = { ours: undefined, floor: undefined };
          for (let pair = 0; pair < PAIRS; pair++) {
            for (const side of [ours, floor]) {
              const { page, cdp } = pages[side.id];
              await throttle(cdp, CPU_SLOWDOWN);
              for (let t = 0; t < TAPS_PER_PAIR; t++) {
                const tile = TAP_TILES[(pair * TAPS_PER_PAIR + t) % TAP_TILES.length]!;
                taps[side.id].push(await tapOnce(side, page, tapCase.id, tile));
                last = { ...last, [side.id]: tile };
              }
              if (PROFILE_DIR && side.id === 'ours' && pair === PAIRS - 1) {
                mkdirSync(PROFILE_DIR, { recursive: true });
                // One more tap of ours, profiled from the click to its commit (not counted).
                const tile = TAP_TILES[0]!;
                await tapOnce(side, page, tapCase.id, tile, {
                  cdp,
                  file: join(PROFILE_DIR, 'tap.cpuprofile'),
                });
                last = { ...last, ours: tile };
              }
              await throttle(cdp, 1);
              const block = taps[side.id].slice(-TAPS_PER_PAIR);
              console.log(
                `  tablet: taps ${pair + 1} ${side.id}: ${list(block.map((t) => t.toCommit))}; long tasks ${block.map((t) => t.longTasks).join(', ')}`,
              );
            }
          }
          // What the taps stored: the last tile tapped is the answer.
          const oursDoc = await readCaseDoc(pages.ours.page, tapCase.id);
          const oursAnswer = readConversationById(oursDoc, 'v1')?.answers[TAP_QUESTION.id]?.value;
          const oursOk = oursAnswer?.kind === 'tiles' && oursAnswer.tileIds.join() === last.ours;
          const floorAnswer = await pages.floor.page.evaluate(
            (key) =>
              new Promise<string | undefined>((resolve) => {
                const request = indexedDB.open('floor');
                request.onsuccess = () => {
                  const get = request.result.transaction('answers').objectStore('answers').get(key);
                  get.onsuccess = () =>
                    resolve((get.result as { tileId?: string } | undefined)?.tileId);
                };
              }),
            `${tapCase.id}|${TAP_QUESTION.id}`,
          );
          const p95 = (side: SideId) =>
            percentile(
              taps[side].map((t) => t.toCommit),
              95,
            );
          const lt = (side: SideId) => taps[side].reduce((n, t) => n + t.longTasks, 0);
          const longest = (side: SideId) => Math.max(...taps[side].map((t) => t.longest));
          const tapNote = (side: SideId) =>
            `median ${Math.round(median(taps[side].map((t) => t.toCommit)))} ms over ${taps[side].length} taps; ${lt(side)} long tasks in all (longest ${Math.round(longest(side))} ms)`;
          const pairP95s = () =>
            Array.from({ length: PAIRS }, (_, pair) => {
              const block = (side: SideId) =>
                taps[side]
                  .slice(pair * TAPS_PER_PAIR, (pair + 1) * TAPS_PER_PAIR)
                  .map((t) => t.toCommit);
              return percentile(block('ours'), 95) / percentile(block('floor'), 95);
            });
          const po = p95('ours');
          const pf = p95('floor');
          rows.push(
            ...triple(
              `tap on a tile → answer committed in IndexedDB, p95 of ${PAIRS * TAPS_PER_PAIR} taps`,
              'ms',
              po,
              pf,
              {
                ours: `${tapNote('ours')}; case-index row committed p95 ${Math.round(
                  percentile(
                    taps.ours.map((t) => t.toIndex ?? NaN),
                    95,
                  ),
                )} ms after the tap; ${oursOk ? 'the stored answer is the last tile tapped' : `**the stored answer is not the last tile tapped** (${JSON.stringify(oursAnswer)})`}`,
                floor: `${tapNote('floor')}; ${floorAnswer === last.floor ? 'the stored answer is the last tile tapped' : '**the stored answer is not the last tile tapped**'}`,
                ratio: `of the medians ${(median(taps.ours.map((t) => t.toCommit)) / median(taps.floor.map((t) => t.toCommit))).toFixed(2)} ×; p95 per pair ${list(pairP95s(), '×', 2)}`,
              },
              {
                on: 'ratio',
                text: `≤ ${TAP_TARGET_RATIO} × floor`,
                met: po / pf <= TAP_TARGET_RATIO && oursOk,
                missed: WHY_MISSED.tap,
              },
            ),
          );
          const perTap = (side: SideId) => lt(side) / taps[side].length;
          rows.push({
            name: `long tasks > 50 ms per tap (within ${TAP_WINDOW_MS} ms of the tap) — ours`,
            value: perTap('ours'),
            unit: 'per tap',
            target: 'none',
            met: lt('ours') === 0,
            note: `${taps.ours.filter((t) => t.longTasks > 0).length} of ${taps.ours.length} taps had one; floor ${perTap('floor').toFixed(2)} per tap (${taps.floor.filter((t) => t.longTasks > 0).length} of ${taps.floor.length} taps)${lt('ours') === 0 ? '' : ` — not met: ${WHY_MISSED.tap}`}`,
          });
        } catch (error) {
          rows.push(...failed('tap', error));
        }
        if (ONLY === 'tap') return rows;

        // One answer edited EDITS times, without throttling.
        try {
          const editCase = realRows[1]!;
          const sizes: Record<
            SideId,
            {
              before: { rows: number; bytes: number };
              edited: { rows: number; bytes: number };
              idle: { rows: number; bytes: number };
              left: { rows: number; bytes: number };
            }
          > = {} as never;
          for (const side of [ours, floor]) {
            const { page } = pages[side.id];
            await page.evaluate(
              (h) => (location.hash = h),
              side.questionHash(editCase.id, EDIT_QUESTION),
            );
            const tile = side.id === 'ours' ? EDIT_TILE : TAP_TILES[0]!;
            const other = side.id === 'ours' ? EDIT_TILE : TAP_TILES[1]!;
            await painted(page, 'tileReady', tile);
            await page.waitForTimeout(SETTLE_MS);
            const before = await sizeOfAnswer(side, page, editCase.id);
            const { db, store } = side.answerDb(editCase.id);
            for (let e = 0; e < EDITS; e++) {
              // Ours toggles one tile of a several-choice answer; the floor's tiles are one choice: two in turn.
              const target = e % 2 === 0 ? tile : other;
              const at = await now(page);
              await page.locator(`.tile[data-tile="${target}"]`).click();
              await commitAfter(page, at, db, store);
              if (side.id === 'ours')
                await painted(page, 'tilePressed', { tileId: target, pressed: e % 2 === 0 });
            }
            const edited = await sizeOfAnswer(side, page, editCase.id);
            await page.waitForTimeout(IDLE_MS);
            const idle = await sizeOfAnswer(side, page, editCase.id);
            await page.evaluate(() => (location.hash = '#/'));
            await painted(page, 'listPainted');
            await page.waitForTimeout(LEAVE_MS);
            const left = await sizeOfAnswer(side, page, editCase.id);
            sizes[side.id] = { before, edited, idle, left };
            console.log(`  tablet: ${EDITS} edits ${side.id}: ${JSON.stringify(sizes[side.id])}`);
          }
          const o = sizes.ours;
          const f = sizes.floor;
          const describe = (s: { rows: number; bytes: number }) =>
            `${s.rows} row${s.rows === 1 ? '' : 's'}, ${kib(s.bytes).toFixed(1)} KiB`;
          rows.push(
            ...triple(
              `one answer edited ${EDITS} times: stored bytes right after the last edit`,
              'KiB',
              kib(o.edited.bytes),
              kib(f.edited.bytes),
              {
                ours: `${describe(o.before)} before the edits → ${describe(o.edited)}`,
                floor: `${describe(f.before)} before → ${describe(f.edited)} (one row, put in place)`,
              },
            ),
          );
          rows.push(
            ...triple(
              `one answer edited ${EDITS} times: stored bytes after ${IDLE_MS / 1000} s idle on the screen`,
              'KiB',
              kib(o.idle.bytes),
              kib(f.idle.bytes),
              {
                ours: `${describe(o.idle)} (the case's whole doc: ${describe(o.before)} before the edits); ${LEAVE_MS / 1000} s after leaving the case: ${describe(o.left)}`,
                floor: describe(f.idle),
              },
              {
                on: 'ours',
                text: `compacted while the app idles (≤ ${COMPACTED_ROWS} rows)`,
                met: o.idle.rows <= COMPACTED_ROWS,
              },
            ),
          );
        } catch (error) {
          rows.push(...failed('edits', error));
        }

        // MANY_CASES cases: index rows through the app's storage code, the same rows in the floor.
        try {
          const more = Array.from({ length: MANY_CASES - LIST_CASES }, (_, i) => ({
            id: `tablet-index-${i.toString().padStart(4, '0')}`,
            name: nameOf(i),
            language: LANGUAGES[i % LANGUAGES.length]!,
            // Touched in the last two weeks (10 minutes apart): within the tablet's retention, so none is purged.
            updatedAt: new Date(NOW - i * 10 * 60_000).toISOString(),
            dirty: (i % 17 === 0 ? 1 : 0) as 0 | 1,
          }));
          const indexRows = await seed(
            pages.ours.page,
            script,
            'seedIndexRows',
            more,
            SEEDED_ANSWERS,
          );
          await putFloor(pages.floor.page, 'cases', indexRows);
          const all = [...realRows, ...indexRows];
          const expected = searchIndex(buildSearchIndex(all), QUERY).map((r) => r.name);
          const enter: Record<SideId, number[]> = { ours: [], floor: [] };
          const search: Record<SideId, number[]> = { ours: [], floor: [] };
          for (let pair = 0; pair < PAIRS; pair++) {
            for (const side of [ours, floor]) {
              const { page, cdp } = pages[side.id];
              await throttle(cdp, 1);
              await page.evaluate(() => (location.hash = '#/'));
              await page.reload();
              await painted(page, 'padReady');
              await throttle(cdp, CPU_SLOWDOWN);
              enter[side.id].push(await enterPin(page, 'listPainted'));
              await page.waitForTimeout(LIST_SETTLE_MS);
              const box = page.getByRole('searchbox');
              await box.click();
              const found = painted(page, 'resultPainted', {
                count: expected.length,
                names: expected,
              });
              await box.pressSequentially(QUERY, { delay: KEY_INTERVAL_MS });
              const resultAt = await found;
              search[side.id].push(resultAt - ((await marksOf(page)).input ?? NaN));
              await throttle(cdp, 1);
              console.log(
                `  tablet: ${MANY_CASES} cases ${pair + 1} ${side.id}: Enter → list ${Math.round(enter[side.id].at(-1)!)} ms, search → result ${Math.round(search[side.id].at(-1)!)} ms`,
              );
            }
          }
          const cards = await pages.ours.page.locator('#root .case-grid > li').count();
          const mo = median(enter.ours);
          rows.push(
            ...triple(
              `${MANY_CASES.toLocaleString('en')} cases: Enter → list painted, median of ${PAIRS}`,
              'ms',
              mo,
              median(enter.floor),
              {
                ours: `runs ${list(enter.ours)}`,
                floor: `runs ${list(enter.floor)}; renders all ${MANY_CASES.toLocaleString('en')} rows`,
              },
              {
                on: 'ours',
                text: `≤ ${ENTER_TARGET_MS} ms`,
                met: mo <= ENTER_TARGET_MS,
                missed: WHY_MISSED.manyEnter,
              },
            ),
          );
          const so = median(search.ours);
          rows.push(
            ...triple(
              `${MANY_CASES.toLocaleString('en')} cases: last keystroke of a search → result, median of ${PAIRS}`,
              'ms',
              so,
              median(search.floor),
              {
                ours: `"${QUERY}" → ${expected.length} cases; runs ${list(search.ours)}; ${cards} cards in the DOM after the search`,
                floor: `runs ${list(search.floor)}`,
              },
              { on: 'ours', text: `≤ ${SEARCH_TARGET_MS} ms`, met: so <= SEARCH_TARGET_MS },
            ),
          );
        } catch (error) {
          rows.push(...failed(`${MANY_CASES} cases`, error));
        }
      } finally {
        for (const { context } of Object.values(pages))
          await context.close().catch(() => undefined);
      }
      return rows;
    } finally {
      await stopServers();
      rmSync(work, { recursive: true, force: true });
    }
  },
};

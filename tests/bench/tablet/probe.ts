// What the tablet bench installs in every page before the page's own scripts (the app's and the floor's alike), and
// the Node side of its in-page waits: long tasks, first contentful paint, the end of every committed IndexedDB write
// transaction, the event times of Enter, of a tile tap and of the last input, and "the first painted frame in which …".
// The in-page code is a plain string (tsx would wrap nested functions in a helper the page does not have).
import type { Page } from 'playwright-core';

/**
 * Installed with context.addInitScript. IndexedDB: every readwrite transaction gets a 'complete' listener (the
 * moment the browser reports it committed) that notes the database, its stores and the time; nothing else changes.
 */
export const PROBE = `(() => {
  const w = window;
  try { performance.setResourceTimingBufferSize(5000); } catch {}
  const longTasks = [];
  const commits = [];
  const marks = {};
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      const db = this.name;
      const names = Array.from(tx.objectStoreNames);
      tx.addEventListener('complete', () => commits.push({ db, stores: names, at: performance.now() }));
    }
    return tx;
  };
  addEventListener('click', (e) => {
    const target = e.target;
    if (!target || !target.closest) return;
    if (target.closest('.pin-key-ok')) marks.enter = e.timeStamp;
    if (target.closest('.tile')) marks.tap = e.timeStamp;
  }, true);
  addEventListener('input', (e) => { marks.input = e.timeStamp; }, true);

  const checks = {
    padReady: () => !!document.querySelector('.pin-key:not([disabled])'),
    dotsFilled: (n) => document.querySelectorAll('.pin-dot.is-filled').length >= n,
    listPainted: () => !!document.querySelector('#root .case-card .case-card-name')?.textContent,
    resultPainted: ({ count, names }) => {
      const items = [...document.querySelectorAll('#root .case-grid > li')];
      const shown = items.map((li) => li.querySelector('.case-card-name')?.textContent ?? '');
      return items.length > 0 && (items[0].getAttribute('aria-setsize') ?? String(items.length)) === String(count) && shown.every((n) => names.includes(n));
    },
    casePainted: (name) => [...document.querySelectorAll('.case-page dd')].some((d) => d.textContent === name),
    tileReady: (tileId) => { const tile = document.querySelector('.tile[data-tile="' + tileId + '"]'); return !!tile && !tile.disabled; },
    tilePressed: ({ tileId, pressed }) => document.querySelector('.tile[data-tile="' + tileId + '"]')?.getAttribute('aria-pressed') === String(pressed),
  };
  w.__bench = {
    marks,
    /** The first frame in which checks[name](arg) holds, once painted (rAF, then a task): its time. */
    painted: (name, arg, timeoutMs) => new Promise((resolve, reject) => {
      const giveUp = performance.now() + timeoutMs;
      const frame = () => {
        if (checks[name](arg)) requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        else if (performance.now() > giveUp) reject(new Error('Not seen within ' + timeoutMs + ' ms: ' + name + ' ' + JSON.stringify(arg)));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }),
    /** Once no long task has run for quietMs after since: the end of the last long task after since, or since. */
    quiet: (since, quietMs, timeoutMs) => new Promise((resolve) => {
      const giveUp = performance.now() + timeoutMs;
      const check = () => {
        const lastEnd = Math.max(since, ...longTasks.map(([s, d]) => s + d).filter((end) => end > since));
        if (performance.now() - lastEnd >= quietMs || performance.now() > giveUp) resolve(lastEnd);
        else setTimeout(check, 50);
      };
      check();
    }),
    /** The first commit after \`after\` of a transaction on \`store\` in a database whose name starts with dbPrefix. */
    commitAfter: (after, dbPrefix, store, timeoutMs) => new Promise((resolve, reject) => {
      const giveUp = performance.now() + timeoutMs;
      const check = () => {
        const found = commits.find((c) => c.at > after && c.db.startsWith(dbPrefix) && c.stores.includes(store));
        if (found) resolve(found.at);
        else if (performance.now() > giveUp) reject(new Error('No commit to ' + dbPrefix + '…/' + store + ' within ' + timeoutMs + ' ms'));
        else setTimeout(check, 5);
      };
      check();
    }),
    longTasksBetween: (from, to) => {
      const hits = longTasks.filter(([s, d]) => s < to && s + d > from);
      return { count: hits.length, longest: Math.max(0, ...hits.map(([, d]) => d)) };
    },
    scriptsBy: (until) => performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= until && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname),
  };
})();`;

export type CheckName =
  | 'padReady'
  | 'dotsFilled'
  | 'listPainted'
  | 'resultPainted'
  | 'casePainted'
  | 'tileReady'
  | 'tilePressed';

interface Bench {
  marks: { fcp?: number; enter?: number; tap?: number; input?: number };
  painted(name: CheckName, arg: unknown, timeoutMs: number): Promise<number>;
  quiet(since: number, quietMs: number, timeoutMs: number): Promise<number>;
  commitAfter(after: number, dbPrefix: string, store: string, timeoutMs: number): Promise<number>;
  longTasksBetween(from: number, to: number): { count: number; longest: number };
  scriptsBy(until: number): string[];
}
/** The time (page clock) of the first painted frame in which the named check holds. */
export const paintedWhen = (
  page: Page,
  name: CheckName,
  arg: unknown = null,
  timeoutMs = 60_000,
): Promise<number> =>
  page.evaluate(
    ({ name, arg, timeoutMs }) =>
      (window as unknown as { __bench: Bench }).__bench.painted(name, arg, timeoutMs),
    { name, arg, timeoutMs },
  );

/** Lighthouse's time to interactive with a `quietMs` window: see the in-page `quiet`. */
export const quietAfter = (
  page: Page,
  since: number,
  quietMs: number,
  timeoutMs = 30_000,
): Promise<number> =>
  page.evaluate(
    ({ since, quietMs, timeoutMs }) =>
      (window as unknown as { __bench: Bench }).__bench.quiet(since, quietMs, timeoutMs),
    { since, quietMs, timeoutMs },
  );

export const marksOf = (page: Page): Promise<Bench['marks']> =>
  page.evaluate(() => ({ ...(window as unknown as { __bench: Bench }).__bench.marks }));

export const commitAfter = (
  page: Page,
  after: number,
  dbPrefix: string,
  store: string,
  timeoutMs = 30_000,
): Promise<number> =>
  page.evaluate(
    ({ after, dbPrefix, store, timeoutMs }) =>
      (window as unknown as { __bench: Bench }).__bench.commitAfter(
        after,
        dbPrefix,
        store,
        timeoutMs,
      ),
    { after, dbPrefix, store, timeoutMs },
  );

export const longTasksBetween = (
  page: Page,
  from: number,
  to: number,
): Promise<{ count: number; longest: number }> =>
  page.evaluate(
    ({ from, to }) => (window as unknown as { __bench: Bench }).__bench.longTasksBetween(from, to),
    { from, to },
  );

/** Paths of the scripts (.js) whose fetch started at or before `until`, from Resource Timing. */
export const scriptsLoadedBy = (page: Page, until: number): Promise<string[]> =>
  page.evaluate(
    (until) => (window as unknown as { __bench: Bench }).__bench.scriptsBy(until),
    until,
  );

/** Rows and bytes of one object store (Uint8Array rows by their length, anything else as JSON), read from the page. */
export const storeSize = (
  page: Page,
  dbName: string,
  store: string,
): Promise<{ rows: number; bytes: number }> =>
  page.evaluate(
    ({ dbName, store }) =>
      new Promise<{ rows: number; bytes: number }>((resolve, reject) => {
        // Opened without a version: never creates or upgrades anything.
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve({ rows: 0, bytes: 0 });
            return;
          }
          const all = db.transaction(store).objectStore(store).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            let bytes = 0;
            for (const row of all.result as unknown[])
              bytes +=
                row instanceof Uint8Array
                  ? row.byteLength
                  : new TextEncoder().encode(JSON.stringify(row)).length;
            resolve({ rows: (all.result as unknown[]).length, bytes });
          };
        };
      }),
    { dbName, store },
  );

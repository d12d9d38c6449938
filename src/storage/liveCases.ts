// A live view of the case index for the UI: re-runs the search whenever the cases table changes.
import Dexie, { liveQuery, type ObservabilitySet } from 'dexie';
import type { CaseRow } from './db';
import type { CaseRepository } from './caseRepository';

type Watchers = {
  rows?: CaseRow[];
  listeners: Set<{ onRows(rows: CaseRow[]): void; onError(error: unknown): void }>;
  stop(): void;
};
/** One live query per repository and search: the list and the readiness chip share the read of the whole index. */
const shared = new WeakMap<CaseRepository, Map<string, Watchers>>();

export const watchCases = (
  repository: CaseRepository,
  query: string,
  onRows: (rows: CaseRow[]) => void,
  onError: (error: unknown) => void,
): (() => void) => {
  let byQuery = shared.get(repository);
  if (!byQuery) shared.set(repository, (byQuery = new Map()));
  let watchers = byQuery.get(query);
  if (!watchers) {
    const created: Watchers = { listeners: new Set(), stop: () => undefined };
    const subscription = liveQuery(() => repository.search(query)).subscribe({
      next: (rows) => {
        created.rows = rows;
        for (const listener of [...created.listeners]) listener.onRows(rows);
      },
      error: (error) => {
        // The live query ended: whoever watches next starts a new one.
        if (byQuery.get(query) === created) byQuery.delete(query);
        for (const listener of [...created.listeners]) listener.onError(error);
      },
    });
    created.stop = () => subscription.unsubscribe();
    byQuery.set(query, (watchers = created));
  }
  const listener = { onRows, onError };
  watchers.listeners.add(listener);
  // A later watcher gets the rows already read at once (asynchronously, as a live query would).
  if (watchers.rows) {
    const { rows } = watchers;
    queueMicrotask(() => watchers.listeners.has(listener) && listener.onRows(rows));
  }
  return () => {
    watchers.listeners.delete(listener);
    if (watchers.listeners.size > 0) return;
    watchers.stop();
    if (byQuery.get(query) === watchers) byQuery.delete(query);
  };
};

/** Rows read ahead of any watcher (readCasesAhead), by repository and search; dropped at any change of a cases table. */
let ahead = new WeakMap<CaseRepository, Map<string, CaseRow[]>>();
/** Counts changes to cases tables, so a read ahead that raced with one is not kept. */
let casesChanges = 0;
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!Object.keys(parts).some((part) => /^idb:\/\/[^/]*\/cases\//.test(part))) return;
  casesChanges++;
  ahead = new WeakMap();
});

/**
 * Reads a search once, ahead of the screen that will watch it (e.g. the case list while the PIN pad shows), so that
 * screen can show it at once (peekCases) while its live query starts.
 */
export const readCasesAhead = async (repository: CaseRepository, query: string): Promise<void> => {
  if (shared.get(repository)?.get(query)?.rows || ahead.get(repository)?.has(query)) return;
  const before = casesChanges;
  const rows = await repository.search(query);
  if (casesChanges !== before) return;
  let byQuery = ahead.get(repository);
  if (!byQuery) ahead.set(repository, (byQuery = new Map()));
  byQuery.set(query, rows);
};

/** The rows of a search as already read (by a live watcher, or ahead and unchanged since); undefined otherwise. */
export const peekCases = (repository: CaseRepository, query: string): CaseRow[] | undefined =>
  shared.get(repository)?.get(query)?.rows ?? ahead.get(repository)?.get(query);

/** A live view of one case's index row (its sync state), for the case page. */
export const watchCaseRow = (
  repository: CaseRepository,
  caseId: string,
  onRow: (row: CaseRow | undefined) => void,
  onError: (error: unknown) => void,
): (() => void) => {
  const subscription = liveQuery(() => repository.row(caseId)).subscribe({
    next: onRow,
    error: onError,
  });
  return () => subscription.unsubscribe();
};

// The case index in memory for the list screen: one live read of the whole Dexie `cases` table (newest first),
// shared with the other views of it (storage/liveCases), with its search index built once per change — a
// keystroke then searches these rows, never IndexedDB.
//
// While the PIN pad shows, the start reads the index once ahead (routes/screens.ts preloadHome → warmCaseIndex):
// Enter then shows the list without waiting for IndexedDB, and the live read that follows replaces it. Any change
// to the cases table drops that early read.
import { useSyncExternalStore } from 'react';
import { buildSearchIndex, type SearchIndex } from '../../domain/caseSearch';
import type { CaseRow } from '../../storage/db';
import { peekCases, readCasesAhead, watchCases } from '../../storage/liveCases';
import { reportProblem } from '../hooks/problems';
import { cases } from '../services';
import { warmFonts } from '../ui/warmFonts';
import { cardWords } from './CaseCard';

let current: SearchIndex<CaseRow> | undefined;
let stop: (() => void) | undefined;
const listeners = new Set<() => void>();
/** The index of rows read before anyone watched (kept while they are the same rows, for a stable snapshot). */
let early: SearchIndex<CaseRow> | undefined;

const snapshot = (): SearchIndex<CaseRow> | undefined => {
  if (stop) return current;
  // Not watched yet (the first render): the rows already read, so the list shows in its first paint.
  const rows = peekCases(cases, '');
  if (!rows) return undefined;
  if (early?.rows !== rows) early = buildSearchIndex(rows);
  return early;
};

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  if (!stop) {
    current = snapshot();
    early = undefined;
    stop = watchCases(
      cases,
      '',
      (rows) => {
        if (rows === current?.rows) return;
        current = buildSearchIndex(rows);
        for (const notify of listeners) notify();
      },
      reportProblem,
    );
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    // Nobody shows the list: stop watching and let the rows go (they would be stale when watched again).
    stop?.();
    stop = undefined;
    current = undefined;
  };
};

/** Every case on this tablet with its search index, undefined until the first read. */
export const useCaseIndex = (): SearchIndex<CaseRow> | undefined =>
  useSyncExternalStore(subscribe, snapshot, snapshot);

/** Reads the index ahead of the list, e.g. while the PIN pad shows. */
export const warmCaseIndex = (): Promise<void> =>
  readCasesAhead(cases, '')
    .then(() => {
      // The search index too, so Enter paints the list without building it (snapshot() keeps it while the rows are
      // the same).
      const rows = peekCases(cases, '');
      if (rows && !stop && early?.rows !== rows) early = buildSearchIndex(rows);
    })
    .catch(() => undefined);

/** The rows read ahead (warmCaseIndex), or none yet. */
export const rowsReadAhead = (): CaseRow[] => peekCases(cases, '') ?? [];

/** Loads the fonts that the cards of the rows read ahead will show (names, languages by endonym in their script). */
export const warmCardFonts = (): Promise<void> => warmFonts(rowsReadAhead().flatMap(cardWords));

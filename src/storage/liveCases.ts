// A live view of the case index for the UI: re-runs the search whenever the cases table changes.
import { liveQuery } from 'dexie';
import type { CaseRow } from './db';
import type { CaseRepository } from './caseRepository';

export const watchCases = (
  repository: CaseRepository,
  query: string,
  onRows: (rows: CaseRow[]) => void,
  onError: (error: unknown) => void,
): (() => void) => {
  const subscription = liveQuery(() => repository.search(query)).subscribe({ next: onRows, error: onError });
  return () => subscription.unsubscribe();
};

/** A live view of one case's index row (its sync state), for the case page. */
export const watchCaseRow = (
  repository: CaseRepository,
  caseId: string,
  onRow: (row: CaseRow | undefined) => void,
  onError: (error: unknown) => void,
): (() => void) => {
  const subscription = liveQuery(() => repository.row(caseId)).subscribe({ next: onRow, error: onError });
  return () => subscription.unsubscribe();
};

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

// Pure rules of the privacy screen: finding a case by name, the name typed to confirm a deletion, a registration
// number the server takes, the plain-words key of a failure, and a moment as the reader reads it.
import { ApiError } from '../../../sync/apiError';
import type { CaseloadRow } from '../../../protocol/backoffice';

/** The case the screen works on: its id and the name it confirms a deletion with. */
export interface ChosenCase {
  caseId: string;
  name: string | null;
}

export const SEARCH_RESULTS_MAX = 8;

const normal = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** The cases whose name (or id) contains the search, at most SEARCH_RESULTS_MAX; none for an empty search. */
export const searchCases = (
  rows: readonly CaseloadRow[],
  search: string,
): { found: CaseloadRow[]; more: boolean } => {
  const wanted = normal(search);
  if (!wanted) return { found: [], more: false };
  const matches = rows.filter(
    (r) => normal(r.name ?? '').includes(wanted) || r.caseId.startsWith(wanted),
  );
  return { found: matches.slice(0, SEARCH_RESULTS_MAX), more: matches.length > SEARCH_RESULTS_MAX };
};

/** What must be typed to confirm the deletion: the name, or (a case without one) the first part of its id. */
export const confirmWordOf = (chosen: ChosenCase): string =>
  chosen.name?.trim() || chosen.caseId.slice(0, 8);

/** Typed as the confirmation asks, ignoring case and extra spaces. */
export const confirmsDeletion = (chosen: ChosenCase, typed: string): boolean =>
  normal(typed) === normal(confirmWordOf(chosen));

/** The server's rule for a registration number (src/protocol/api.ts deleteCaseRequestSchema); empty is allowed. */
export const isValidReference = (reference: string): boolean =>
  reference.trim() === '' || /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/.test(reference.trim());

/** The plain code of a failed call ('offline', 'forbidden', 'case-deleted', …). */
export const failureCode = (error: unknown): string =>
  error instanceof ApiError ? error.code : 'server-error';

/** "5 dec 2026 14:03" in the screen's language. */
export const formatMoment = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

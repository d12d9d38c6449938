// The caseload from the server for the back office: fetched with the session's token, again when the filters
// change; the failure said in plain words (offline, not allowed), never a blank screen.
import { useEffect, useState } from 'react';
import type { CaseloadQuery, CaseloadRow } from '../../protocol/backoffice';
import { api, session } from '../services';
import { reportProblem } from '../hooks/problems';
import { failureReason, saveFile } from './useBackofficeData';

export type CaseloadState =
  | { status: 'loading' }
  | { status: 'ready'; rows: CaseloadRow[] }
  | { status: 'failed'; reason: string };

/** Saves the caseload with these filters as caseload.csv (the browser's download). */
export const downloadCaseloadCsv = async (query: CaseloadQuery): Promise<void> => {
  try {
    saveFile(await api.caseloadCsv(await session.getAccessToken(), query), 'caseload.csv');
  } catch (error) {
    reportProblem(error);
  }
};

/** The caseload with these filters; a new `round` fetches it again (after a reassignment). */
export const useCaseload = (query: CaseloadQuery, round = 0): CaseloadState => {
  const [state, setState] = useState<CaseloadState>({ status: 'loading' });
  const key = JSON.stringify(query);
  useEffect(() => {
    let alive = true;
    session
      .getAccessToken()
      .then((token) => api.caseload(token, JSON.parse(key) as CaseloadQuery))
      .then(
        (rows) => alive && setState({ status: 'ready', rows }),
        (error: unknown) => alive && setState({ status: 'failed', reason: failureReason(error) }),
      );
    return () => {
      alive = false;
    };
  }, [key, round]);
  return state;
};

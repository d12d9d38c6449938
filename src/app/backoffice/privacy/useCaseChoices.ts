// The municipality's cases to choose from (the caseload), fetched again when `version` changes (after a deletion).
import { useEffect, useState } from 'react';
import type { CaseloadRow } from '../../../protocol/backoffice';
import { loadCases } from './privacyApi';
import { failureCode } from './privacyModel';

export type CaseChoices =
  | { status: 'loading' }
  | { status: 'ready'; rows: CaseloadRow[] }
  | { status: 'failed'; reason: string };

export const useCaseChoices = (version: number): CaseChoices => {
  const [state, setState] = useState<CaseChoices>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    loadCases().then(
      (rows) => alive && setState({ status: 'ready', rows }),
      (error: unknown) => alive && setState({ status: 'failed', reason: failureCode(error) }),
    );
    return () => {
      alive = false;
    };
  }, [version]);
  return state;
};

// One case's index row (sync state, changes waiting), kept live from the tablet database.
import { useEffect, useState } from 'react';
import type { CaseRow } from '../../storage/db';
import { watchCaseRow } from '../../storage/liveCases';
import { cases } from '../services';
import { reportProblem } from './problems';

export function useCaseRow(caseId: string): CaseRow | undefined {
  const [row, setRow] = useState<CaseRow | undefined>(undefined);
  useEffect(() => watchCaseRow(cases, caseId, setRow, reportProblem), [caseId]);
  return row;
}

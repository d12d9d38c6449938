// The case index for the list screen, kept live from the tablet database.
import { useEffect, useState } from 'react';
import type { CaseRow } from '../../storage/db';
import { watchCases } from '../../storage/liveCases';
import { cases } from '../services';
import { reportProblem } from './problems';

export function useCaseList(query: string): CaseRow[] | undefined {
  const [rows, setRows] = useState<CaseRow[] | undefined>(undefined);
  useEffect(() => watchCases(cases, query, setRows, reportProblem), [query]);
  return rows;
}

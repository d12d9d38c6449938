// The caseload: the municipality's cases with the PIP's ten weeks and the three-year term at a glance, overdue
// first, filtered by consultant, route, language, status and deadline, and saved as CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadQuery } from '../../protocol/backoffice';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadTable, type Consultant } from './CaseloadTable';
import { downloadCaseloadCsv, useCaseload } from './useCaseload';
import { FailureNotice } from './FailureNotice';
import { backoffice } from '../services';
import { failureReason, saveFile, useBackofficeData } from './useBackofficeData';

export default function CaseloadSection() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<CaseloadQuery>({});
  const [round, setRound] = useState(0);
  const state = useCaseload(query, round);
  const people = useBackofficeData<Consultant[]>('/api/backoffice/consultants');
  const [assignProblem, setAssignProblem] = useState<string | null>(null);
  const assign = async (caseId: string, userId: string) => {
    try {
      await backoffice.send('POST', `/api/cases/${encodeURIComponent(caseId)}/assign`, { userId });
      setAssignProblem(null);
      setRound((r) => r + 1);
    } catch (error) {
      setAssignProblem(failureReason(error));
    }
  };
  const consultants =
    state.status === 'ready'
      ? [
          ...new Map(
            state.rows
              .filter((r) => r.consultantId)
              .map((r) => [r.consultantId!, r.consultantEmail ?? r.consultantId!]),
          ).entries(),
        ]
      : [];
  return (
    <>
      <CaseloadFilters query={query} onChange={setQuery} consultants={consultants} />
      <p className="row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void downloadCaseloadCsv(query)}
        >
          {t('backoffice.csv')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            state.status === 'ready' &&
            saveFile(
              new Blob([JSON.stringify(state.rows, null, 2)], { type: 'application/json' }),
              'caseload.json',
            )
          }
          disabled={state.status !== 'ready'}
        >
          {t('backoffice.json')}
        </button>
      </p>
      {state.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
      {state.status === 'failed' ? <FailureNotice reason={state.reason} /> : null}
      {assignProblem ? <FailureNotice reason={assignProblem} /> : null}
      {state.status === 'ready' ? (
        <CaseloadTable
          rows={state.rows}
          consultants={people.status === 'ready' ? people.data : []}
          onAssign={(c, u) => void assign(c, u)}
        />
      ) : null}
    </>
  );
}

// The back office for the teamleider, on a laptop or a tablet: the municipality's caseload — the PIP's ten
// weeks and the three-year term at a glance, overdue first — filtered by consultant, route, language, status
// and deadline. Loaded apart from the conversation bundle (App.tsx lazy-loads it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadQuery } from '../../protocol/backoffice';
import { TopBar } from '../ui/TopBar';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadTable } from './CaseloadTable';
import { downloadCaseloadCsv, useCaseload } from './useCaseload';
import './backoffice.css';

export default function BackofficeScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<CaseloadQuery>({});
  const state = useCaseload(query);
  const consultants = state.status === 'ready' ? [...new Map(state.rows.filter((r) => r.consultantId).map((r) => [r.consultantId!, r.consultantEmail ?? r.consultantId!])).entries()] : [];
  return (
    <>
      <TopBar title={t('backoffice.title')} />
      <main className="page backoffice-page" id="main">
        <CaseloadFilters query={query} onChange={setQuery} consultants={consultants} />
        <p className="row">
          <button type="button" className="button button-secondary" onClick={() => void downloadCaseloadCsv(query)}>
            {t('backoffice.csv')}
          </button>
        </p>
        {state.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
        {state.status === 'failed' ? (
          <p className="empty" role="alert">
            {t(state.reason === 'offline' ? 'backoffice.offline' : state.reason === 'forbidden' ? 'backoffice.forbidden' : 'backoffice.failed')}
          </p>
        ) : null}
        {state.status === 'ready' ? <CaseloadTable rows={state.rows} /> : null}
      </main>
    </>
  );
}

// The municipality's audit log for the privacy officer: server and tablet entries together, newest first, with
// filters and older entries on request. Reading it is audited on the server.
import { useTranslation } from 'react-i18next';
import { FailureNotice } from '../FailureNotice';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import type { AuditViewFilter } from './privacyApi';
import type { ChosenCase } from './privacyModel';
import { useAuditPages } from './useAuditPages';

interface Props {
  filter: AuditViewFilter;
  chosen: ChosenCase | null;
  onFilterChange(filter: AuditViewFilter): void;
  /** Changes after a deletion: the view starts again from the newest entries. */
  version: number;
}

export function AuditView({ filter, chosen, onFilterChange, version }: Props) {
  const { t } = useTranslation();
  const { state, loadMore } = useAuditPages(filter, version);
  return (
    <div className="form">
      <p className="hint">{t('backoffice.privacy.log.hint')}</p>
      <AuditFilters filter={filter} chosen={chosen} onChange={onFilterChange} />
      {state.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
      {state.status === 'failed' ? <FailureNotice reason={state.reason} /> : null}
      {state.status === 'ready' && state.entries.length === 0 ? (
        <p className="empty">{t('backoffice.privacy.log.none')}</p>
      ) : null}
      {state.status === 'ready' && state.entries.length > 0 ? (
        <AuditTable entries={state.entries} />
      ) : null}
      {state.status === 'ready' && state.moreFailed ? (
        <FailureNotice reason={state.moreFailed} />
      ) : null}
      {state.status === 'ready' && state.next ? (
        <div className="row">
          <button
            type="button"
            className="button button-secondary"
            disabled={state.loadingMore}
            onClick={() => void loadMore()}
          >
            {state.loadingMore ? t('backoffice.loading') : t('backoffice.privacy.log.more')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

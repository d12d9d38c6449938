// The audit view's filters: only the chosen case, part of a colleague's e-mail, what happened, and where (server
// or tablets). The selects apply at once; the e-mail when searched (Enter or the button).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_SOURCES, AUDIT_VIEW_ACTIONS, type AuditSource } from '../../../protocol/privacy';
import type { AuditViewFilter } from './privacyApi';
import type { ChosenCase } from './privacyModel';

interface Props {
  filter: AuditViewFilter;
  chosen: ChosenCase | null;
  onChange(filter: AuditViewFilter): void;
}

const without = <K extends keyof AuditViewFilter>(
  filter: AuditViewFilter,
  key: K,
  value: AuditViewFilter[K] | '',
): AuditViewFilter => {
  const next = { ...filter };
  if (value) next[key] = value;
  else delete next[key];
  return next;
};

export function AuditFilters({ filter, chosen, onChange }: Props) {
  const { t } = useTranslation();
  const userId = useId();
  const actionId = useId();
  const sourceId = useId();
  const [user, setUser] = useState(filter.user ?? '');
  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange(without(filter, 'user', user.trim()));
  };
  return (
    <form className="privacy-filters" onSubmit={search} aria-label={t('backoffice.filters')}>
      {chosen ? (
        <label className={`choice privacy-only-case ${filter.caseId ? 'is-selected' : ''}`}>
          <input
            type="checkbox"
            checked={filter.caseId === chosen.caseId}
            onChange={(e) =>
              onChange(without(filter, 'caseId', e.target.checked ? chosen.caseId : ''))
            }
          />
          {t('backoffice.privacy.log.onlyChosen', {
            name: chosen.name ?? chosen.caseId.slice(0, 8),
          })}
        </label>
      ) : null}
      <div className="field privacy-user-field">
        <label htmlFor={userId}>{t('backoffice.privacy.log.user')}</label>
        <div className="privacy-user-search">
          <input
            id={userId}
            type="search"
            autoComplete="off"
            value={user}
            onChange={(e) => setUser(e.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {t('backoffice.privacy.log.search')}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={actionId}>{t('backoffice.privacy.log.action')}</label>
        <select
          id={actionId}
          value={filter.action ?? ''}
          onChange={(e) => onChange(without(filter, 'action', e.target.value))}
        >
          <option value="">{t('backoffice.privacy.log.everything')}</option>
          {AUDIT_VIEW_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`backoffice.privacy.action.${action}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={sourceId}>{t('backoffice.privacy.log.source')}</label>
        <select
          id={sourceId}
          value={filter.source ?? ''}
          onChange={(e) => onChange(without(filter, 'source', e.target.value as AuditSource | ''))}
        >
          <option value="">{t('backoffice.privacy.log.sourceAll')}</option>
          {AUDIT_SOURCES.map((source) => (
            <option key={source} value={source}>
              {t(
                source === 'server'
                  ? 'backoffice.privacy.log.server'
                  : 'backoffice.privacy.log.tablet',
              )}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

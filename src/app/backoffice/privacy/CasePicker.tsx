// Choosing the case of a request: type part of the name, pick it from the municipality's cases (large buttons,
// keyboard usable); the chosen one stays marked.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLanguage } from '../../../content/languages';
import { FailureNotice } from '../FailureNotice';
import { searchCases, type ChosenCase } from './privacyModel';
import type { CaseChoices } from './useCaseChoices';

interface Props {
  choices: CaseChoices;
  chosen: ChosenCase | null;
  onChoose(chosen: ChosenCase): void;
}

export function CasePicker({ choices, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [search, setSearch] = useState('');
  const { found, more } =
    choices.status === 'ready' ? searchCases(choices.rows, search) : { found: [], more: false };
  return (
    <div className="form">
      <div className="field">
        <label htmlFor={inputId}>{t('backoffice.privacy.pick.search')}</label>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          value={search}
          aria-describedby={hintId}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span id={hintId} className="hint">
          {t('backoffice.privacy.pick.searchHint')}
        </span>
      </div>
      {choices.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
      {choices.status === 'failed' ? <FailureNotice reason={choices.reason} /> : null}
      {choices.status === 'ready' && search.trim() && found.length === 0 ? (
        <p className="hint">{t('backoffice.privacy.pick.none')}</p>
      ) : null}
      {found.length > 0 ? (
        <ul className="privacy-results" aria-label={t('backoffice.privacy.pick.results')}>
          {found.map((row) => (
            <li key={row.caseId}>
              <button
                type="button"
                className={`privacy-result ${chosen?.caseId === row.caseId ? 'is-selected' : ''}`}
                aria-pressed={chosen?.caseId === row.caseId}
                onClick={() => onChoose({ caseId: row.caseId, name: row.name })}
              >
                <strong>{row.name ?? t('backoffice.unnamed')}</strong>
                <span className="hint">
                  {[
                    row.language ? (findLanguage(row.language)?.dutchName ?? row.language) : null,
                    row.consultantEmail,
                    row.caseId.slice(0, 8),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {more ? <p className="hint">{t('backoffice.privacy.pick.more')}</p> : null}
    </div>
  );
}

// Translation review for the municipality: the tolken's flags grouped by sentence and language, each with the
// Dutch beside it and the suggested wordings; accepting one (or keeping the text) makes a reviewed text that
// reaches every tablet. Below: a locale out to a translator and back, and a whole locale marked reviewed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationFlagGroup } from '../../../protocol/municipalContent';
import { FailureNotice } from '../FailureNotice';
import { useBackofficeData } from '../useBackofficeData';
import { FlagGroupCard } from './FlagGroupCard';
import { LocaleTools } from './LocaleTools';
import './translations.css';

export default function TranslationsSection() {
  const { t } = useTranslation();
  const reviewerId = useId();
  const [reviewer, setReviewer] = useState('');
  const flags = useBackofficeData<TranslationFlagGroup[]>('/api/backoffice/translations/flags');
  const open = flags.status === 'ready' ? flags.data.filter((g) => g.open) : [];
  const done = flags.status === 'ready' ? flags.data.filter((g) => !g.open) : [];
  return (
    <div className="translations">
      <div className="card reviewer-card">
        <div className="field">
          <label htmlFor={reviewerId}>{t('backoffice.translations.reviewer')}</label>
          <input
            id={reviewerId}
            value={reviewer}
            onChange={(e) => setReviewer(e.target.value)}
            autoComplete="name"
            data-testid="reviewer"
          />
        </div>
        <p className="hint">{t('backoffice.translations.reviewerHint')}</p>
      </div>
      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">
          {t('backoffice.translations.flagsTitle', { count: open.length })}
        </h2>
        {flags.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
        {flags.status === 'failed' ? <FailureNotice reason={flags.reason} /> : null}
        {flags.status === 'ready' && open.length === 0 ? (
          <p className="empty">{t('backoffice.translations.noFlags')}</p>
        ) : null}
        <div className="flag-groups">
          {open.map((g) => (
            <FlagGroupCard
              key={`${g.textKey}|${g.language}`}
              group={g}
              reviewer={reviewer}
              onSaved={flags.reload}
            />
          ))}
        </div>
        {done.length > 0 ? (
          <details className="flag-done">
            <summary>{t('backoffice.translations.doneTitle', { count: done.length })}</summary>
            <div className="flag-groups">
              {done.map((g) => (
                <FlagGroupCard
                  key={`${g.textKey}|${g.language}`}
                  group={g}
                  reviewer={reviewer}
                  onSaved={flags.reload}
                />
              ))}
            </div>
          </details>
        ) : null}
      </section>
      <LocaleTools reviewer={reviewer} />
    </div>
  );
}

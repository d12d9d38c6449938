// A whole locale: out to a professional translator (XLIFF 2.0 or JSON, the Dutch beside each string) and back in
// (every changed string becomes reviewed by the named reviewer), or marked reviewed as it is. The result is said
// plainly; a file with a broken placeholder changes nothing.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../content/languages';
import type { ImportReport } from '../../../protocol/municipalContent';
import { reportProblem } from '../../hooks/problems';
import { backoffice } from '../../services';
import { failureReason, saveFile } from '../useBackofficeData';

type Outcome =
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'reviewed' }
  | { kind: 'failed'; reason: string };

export function LocaleTools({ reviewer }: { reviewer: string }) {
  const { t } = useTranslation();
  const languageId = useId();
  const fileId = useId();
  const [language, setLanguage] = useState('ar');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const needsReviewer = reviewer.trim().length < 2;

  const exportAs = async (format: 'xliff' | 'json') => {
    try {
      saveFile(
        await backoffice.file(`/api/backoffice/translations/${language}/export`, { format }),
        `samenspraak-${language}.${format === 'xliff' ? 'xlf' : 'json'}`,
      );
    } catch (error) {
      reportProblem(error);
    }
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const report = await backoffice.upload<ImportReport>(
        `/api/backoffice/translations/${language}/import?reviewer=${encodeURIComponent(reviewer.trim())}`,
        await file.text(),
        'text/plain; charset=utf-8',
      );
      setOutcome({ kind: 'imported', report });
    } catch (error) {
      setOutcome({ kind: 'failed', reason: failureReason(error) });
    }
  };
  const markReviewed = async () => {
    try {
      await backoffice.send('POST', '/api/backoffice/content', {
        kind: 'locale-review',
        key: '',
        language,
        value: { note: '' },
        reviewer: reviewer.trim(),
      });
      setOutcome({ kind: 'reviewed' });
    } catch (error) {
      setOutcome({ kind: 'failed', reason: failureReason(error) });
    }
  };

  return (
    <section className="card locale-tools" aria-labelledby="locale-heading">
      <h2 id="locale-heading">{t('backoffice.translations.localeTitle')}</h2>
      <div className="field">
        <label htmlFor={languageId}>{t('backoffice.language')}</label>
        <select id={languageId} value={language} onChange={(e) => setLanguage(e.target.value)}>
          {LANGUAGES.filter((l) => l.code !== 'nl').map((l) => (
            <option key={l.code} value={l.code}>
              {l.dutchName}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exportAs('xliff')}
        >
          {t('backoffice.translations.exportXliff')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exportAs('json')}
        >
          {t('backoffice.translations.exportJson')}
        </button>
      </div>
      <div className="row">
        <label
          htmlFor={fileId}
          className={`button button-primary ${needsReviewer ? 'is-disabled' : ''}`}
          aria-disabled={needsReviewer}
        >
          {t('backoffice.translations.import')}
        </label>
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".xlf,.xliff,.json,application/json,application/xml"
          disabled={needsReviewer}
          onChange={(e) => void importFile(e)}
          data-testid="import-file"
        />
        <button
          type="button"
          className="button button-secondary"
          disabled={needsReviewer}
          onClick={() => void markReviewed()}
        >
          {t('backoffice.translations.markReviewed')}
        </button>
      </div>
      {needsReviewer ? <p className="hint">{t('backoffice.translations.needReviewer')}</p> : null}
      {outcome ? (
        <p
          className={outcome.kind === 'failed' ? 'form-error' : 'hint'}
          role="status"
          data-testid="locale-outcome"
        >
          {outcome.kind === 'imported'
            ? t('backoffice.translations.imported', {
                changed: outcome.report.changed,
                unchanged: outcome.report.unchanged,
                unknown: outcome.report.unknown.length,
              })
            : outcome.kind === 'reviewed'
              ? t('backoffice.translations.localeReviewed')
              : t(
                  outcome.reason === 'invalid-request'
                    ? 'backoffice.translations.importRefused'
                    : 'backoffice.failed',
                )}
        </p>
      ) : null}
    </section>
  );
}

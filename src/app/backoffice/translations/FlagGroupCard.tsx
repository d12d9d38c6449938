// One flagged sentence in one language: the Dutch, what the tolk saw, the suggestions (most given first), and
// a text box to save the better wording, or to keep the current one, as reviewed by the named reviewer.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, findLanguage } from '../../../content/languages';
import type { TranslationFlagGroup } from '../../../protocol/municipalContent';
import { reportProblem } from '../../hooks/problems';
import { backoffice } from '../../services';
import { failureReason } from '../useBackofficeData';

export function FlagGroupCard({
  group,
  reviewer,
  onSaved,
}: {
  group: TranslationFlagGroup;
  reviewer: string;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const now = group.current?.text ?? group.builtIn ?? '';
  const [text, setText] = useState(group.suggestions[0]?.text ?? now);
  const [problem, setProblem] = useState<string | null>(null);
  const dir = directionOf(group.language);
  const save = async (value: string) => {
    if (reviewer.trim().length < 2) return setProblem('reviewer');
    setProblem(null);
    try {
      await backoffice.send('POST', '/api/backoffice/content', {
        kind: 'text',
        key: group.textKey,
        language: group.language,
        value: { text: value },
        reviewer: reviewer.trim(),
      });
      onSaved();
    } catch (error) {
      setProblem(failureReason(error));
      reportProblem(error);
    }
  };
  return (
    <article
      className="card flag-group"
      data-testid="flag-group"
      aria-labelledby={`${textId}-title`}
    >
      <h3 id={`${textId}-title`}>
        {findLanguage(group.language)?.dutchName ?? group.language} ·{' '}
        {t('backoffice.translations.flagCount', { count: group.count })}
      </h3>
      <dl className="flag-texts">
        <dt>{t('backoffice.translations.dutch')}</dt>
        <dd lang="nl">{group.dutch ?? '—'}</dd>
        <dt>{t('backoffice.translations.now')}</dt>
        <dd lang={group.language} dir={dir}>
          {now || '—'}
          {group.current?.reviewedBy ? (
            <span className="hint">
              {' '}
              ·{' '}
              {t('backoffice.translations.reviewedBy', {
                reviewer: group.current.reviewedBy,
                date: group.current.reviewedAt?.slice(0, 10),
              })}
            </span>
          ) : null}
        </dd>
      </dl>
      {group.suggestions.length > 0 ? (
        <div className="row" role="group" aria-label={t('backoffice.translations.suggestions')}>
          {group.suggestions.map((s) => (
            <button
              key={s.text}
              type="button"
              className="button button-secondary suggestion"
              lang={group.language}
              dir={dir}
              onClick={() => setText(s.text)}
            >
              {s.text} <span className="hint">×{s.count}</span>
            </button>
          ))}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={textId}>{t('backoffice.translations.better')}</label>
        <textarea
          id={textId}
          lang={group.language}
          dir={dir}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {problem ? (
        <p className="form-error" role="alert">
          {t(
            problem === 'reviewer'
              ? 'backoffice.translations.needReviewer'
              : problem === 'invalid-request'
                ? 'backoffice.translations.invalidText'
                : 'backoffice.failed',
          )}
        </p>
      ) : null}
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save(text)}
          disabled={!text.trim()}
        >
          {t('backoffice.translations.accept')}
        </button>
        {now ? (
          <button type="button" className="button button-secondary" onClick={() => void save(now)}>
            {t('backoffice.translations.keep')}
          </button>
        ) : null}
      </div>
      <p className="hint">
        <code>{group.textKey}</code>
      </p>
    </article>
  );
}

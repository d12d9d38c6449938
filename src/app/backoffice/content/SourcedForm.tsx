// The form a legal figure and an explanation card share: a heading with whose version it is and who checked it,
// the source (title, article, link) and the day it was checked, the form's own fields before them, a save button
// and what became of the save. The form says what it saves (`save`); the source fields are kept here.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentReview, Source } from '../../../content/explanations/types';
import { Field } from './Field';
import { SaveOutcome } from './SaveOutcome';

/** What the source fields save: the source without empty parts, and the day it was checked. */
export interface SourcedValue {
  source: Source;
  checkedAt: string;
}

export function SourcedForm({
  heading,
  own,
  source,
  review,
  testId,
  save,
  children,
  history,
}: {
  heading: string;
  /** The municipality's own version (else the built-in one). */
  own: boolean;
  source: Source;
  review: ContentReview;
  testId: string;
  /** Saves the form; resolves to the problem in words, or undefined once saved. */
  save(sourced: SourcedValue): Promise<string | undefined>;
  /** The form's own fields, before the source. */
  children?: ReactNode;
  history?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(source.title);
  const [article, setArticle] = useState(source.article ?? '');
  const [url, setUrl] = useState(source.url ?? '');
  const [checkedAt, setCheckedAt] = useState(review.checkedAt);
  const [outcome, setOutcome] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await save({
      source: { title, ...(article ? { article } : {}), ...(url ? { url } : {}) },
      checkedAt,
    });
    setOutcome(problem ?? 'saved');
  };
  return (
    <form
      className="fact-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-heading`}
      data-testid={testId}
    >
      <h3 id={`${id}-heading`}>
        {heading}{' '}
        <span className="hint">
          {own ? t('backoffice.content.ownValue') : t('backoffice.content.builtIn')}
          {review.checkedBy
            ? ` · ${t('backoffice.content.checkedOn', { reviewer: review.checkedBy, date: review.checkedAt })}`
            : ''}
        </span>
      </h3>
      <div className="fact-fields">
        {children}
        <Field
          id={`${id}-t`}
          label={t('backoffice.content.sourceTitle')}
          value={title}
          onChange={setTitle}
        />
        <Field
          id={`${id}-a`}
          label={t('backoffice.content.sourceArticle')}
          value={article}
          onChange={setArticle}
        />
        <Field
          id={`${id}-u`}
          label={t('backoffice.content.sourceUrl')}
          value={url}
          onChange={setUrl}
          type="url"
        />
        <Field
          id={`${id}-d`}
          label={t('backoffice.content.checkedAt')}
          value={checkedAt}
          onChange={setCheckedAt}
          type="date"
        />
      </div>
      <div className="row">
        <button type="submit" className="button button-primary">
          {t('backoffice.content.save')}
        </button>
        <SaveOutcome outcome={outcome} />
      </div>
      {history}
    </form>
  );
}

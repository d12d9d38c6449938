// The source of one explanation card (title, article, link) and the date it was checked, saved as the
// municipality's version; the tablets show it under the card and drop the "draft" mark once someone signed for it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplanationCard } from '../../../content/explanations/types';
import { Field } from './FactForm';
import { reviewerOf, saveContent } from './saveContent';
import { SaveOutcome } from './SaveOutcome';
import { VersionHistory } from './VersionHistory';

export function CardSourceForm({
  card,
  own,
  reviewer,
  onSaved,
  revision,
}: {
  card: ExplanationCard;
  own: boolean;
  reviewer: string;
  onSaved(): void;
  revision: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(card.source.title);
  const [article, setArticle] = useState(card.source.article ?? '');
  const [url, setUrl] = useState(card.source.url ?? '');
  const [checkedAt, setCheckedAt] = useState(card.review.checkedAt);
  const [outcome, setOutcome] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await saveContent({
      kind: 'source',
      key: card.id,
      language: '',
      value: {
        source: { title, ...(article ? { article } : {}), ...(url ? { url } : {}) },
        checkedAt,
      },
      ...reviewerOf(reviewer),
    });
    setOutcome(problem ?? 'saved');
    if (!problem) onSaved();
  };
  return (
    <form
      className="fact-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      data-testid="card-source"
    >
      <h3 id={`${id}-title`}>
        {t('backoffice.content.source')}{' '}
        <span className="hint">
          {own ? t('backoffice.content.ownValue') : t('backoffice.content.builtIn')}
          {card.review.checkedBy
            ? ` · ${t('backoffice.content.checkedOn', { reviewer: card.review.checkedBy, date: card.review.checkedAt })}`
            : ''}
        </span>
      </h3>
      <div className="fact-fields">
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
      {own ? <VersionHistory kind="source" contentKey={card.id} version={revision} /> : null}
    </form>
  );
}

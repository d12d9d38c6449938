// One legal figure: value, unit, source (title, article, link) and check date, saved as the municipality's version.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../content/explanations/types';
import { reviewerOf, saveContent } from './saveContent';
import { SaveOutcome } from './SaveOutcome';
import { VersionHistory } from './VersionHistory';

export function FactForm({
  fact,
  own,
  reviewer,
  onSaved,
  version,
}: {
  fact: Fact;
  own: boolean;
  reviewer: string;
  onSaved(): void;
  version: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(String(fact.value));
  const [title, setTitle] = useState(fact.source.title);
  const [article, setArticle] = useState(fact.source.article ?? '');
  const [url, setUrl] = useState(fact.source.url ?? '');
  const [checkedAt, setCheckedAt] = useState(fact.review.checkedAt);
  const [outcome, setOutcome] = useState<'saved' | string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await saveContent({
      kind: 'fact',
      key: fact.id,
      language: '',
      value: {
        value: Number(value),
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
      aria-labelledby={`${id}-name`}
      data-testid={`fact-${fact.id}`}
    >
      <h3 id={`${id}-name`}>
        {t(`backoffice.content.fact.${fact.id}`)}{' '}
        <span className="hint">
          {own ? t('backoffice.content.ownValue') : t('backoffice.content.builtIn')}
          {fact.review.checkedBy
            ? ` · ${t('backoffice.content.checkedOn', { reviewer: fact.review.checkedBy, date: fact.review.checkedAt })}`
            : ''}
        </span>
      </h3>
      <div className="fact-fields">
        <Field
          id={`${id}-v`}
          label={t(`backoffice.content.unit.${fact.unit}`)}
          value={value}
          onChange={setValue}
          type="number"
        />
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
      <VersionHistory kind="fact" contentKey={fact.id} version={version} />
    </form>
  );
}

export function Field({
  id,
  label,
  value,
  onChange,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  type?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(type === 'number' ? { min: 1, step: 1 } : {})}
      />
    </div>
  );
}

// One legal figure: value, unit, source (title, article, link) and check date, saved as the municipality's version.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../content/explanations/types';
import { Field } from './Field';
import { reviewerOf, saveContent } from './saveContent';
import { SourcedForm, type SourcedValue } from './SourcedForm';
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
  const save = async (sourced: SourcedValue) => {
    const problem = await saveContent({
      kind: 'fact',
      key: fact.id,
      language: '',
      value: { value: Number(value), ...sourced },
      ...reviewerOf(reviewer),
    });
    if (!problem) onSaved();
    return problem;
  };
  return (
    <SourcedForm
      heading={t(`backoffice.content.fact.${fact.id}`)}
      own={own}
      source={fact.source}
      review={fact.review}
      testId={`fact-${fact.id}`}
      save={save}
      history={<VersionHistory kind="fact" contentKey={fact.id} version={version} />}
    >
      <Field
        id={`${id}-v`}
        label={t(`backoffice.content.unit.${fact.unit}`)}
        value={value}
        onChange={setValue}
        type="number"
      />
    </SourcedForm>
  );
}

// The source of one explanation card (title, article, link) and the date it was checked, saved as the
// municipality's version; the tablets show it under the card and drop the "draft" mark once someone signed for it.
import { useTranslation } from 'react-i18next';
import type { ExplanationCard } from '../../../content/explanations/types';
import { reviewerOf, saveContent } from './saveContent';
import { SourcedForm, type SourcedValue } from './SourcedForm';
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
  const save = async (sourced: SourcedValue) => {
    const problem = await saveContent({
      kind: 'source',
      key: card.id,
      language: '',
      value: sourced,
      ...reviewerOf(reviewer),
    });
    if (!problem) onSaved();
    return problem;
  };
  return (
    <SourcedForm
      heading={t('backoffice.content.source')}
      own={own}
      source={card.source}
      review={card.review}
      testId="card-source"
      save={save}
      history={
        own ? <VersionHistory kind="source" contentKey={card.id} version={revision} /> : null
      }
    />
  );
}

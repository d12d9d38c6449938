// The legal figures the cards explain (the fine, the terms): the value that counts now, its source and the date it
// was checked; the municipality sets its checked value, which reaches the tablets' cards.
import { useTranslation } from 'react-i18next';
import { FACTS } from '../../../content/explanations/facts';
import type { FactId } from '../../../content/explanations/types';
import { factWithOwn, type ContentRow } from '../../../domain/municipalContent';
import type { ContentItem } from '../../../protocol/municipalContent';
import { FactForm } from './FactForm';

export function FactsEditor({
  items,
  revision,
  reviewer,
  onSaved,
}: {
  items: readonly ContentItem[];
  revision: number;
  reviewer: string;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const rows = items as readonly ContentRow[];
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('backoffice.content.factsTitle')}</h2>
      <p className="hint">{t('backoffice.content.factsHint')}</p>
      <div className="fact-list">
        {(Object.keys(FACTS) as FactId[]).map((id) => (
          <FactForm
            key={id}
            fact={factWithOwn(FACTS[id], rows)}
            own={rows.some((r) => r.kind === 'fact' && r.key === id)}
            reviewer={reviewer}
            onSaved={onSaved}
            version={revision}
          />
        ))}
      </div>
    </section>
  );
}

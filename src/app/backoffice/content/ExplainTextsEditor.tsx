// The Dutch wording of an explanation card, sentence by sentence, as the municipality wants it said; the built-in
// text beside each field, placeholders such as {{years}} kept (the server refuses a text that drops one).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPLANATION_CARDS } from '../../../content/explanations';
import type { ContentItem } from '../../../protocol/municipalContent';
import { reviewerOf, saveContent } from './saveContent';
import { SaveOutcome } from './SaveOutcome';

export function ExplainTextsEditor({ items, reviewer, onSaved }: { items: readonly ContentItem[]; reviewer: string; onSaved(): void }) {
  const { t } = useTranslation();
  const cardId = useId();
  const [card, setCard] = useState(EXPLANATION_CARDS[0]!.id);
  const chosen = EXPLANATION_CARDS.find((c) => c.id === card)!;
  const keys = [chosen.titleKey, ...chosen.panels.map((p) => p.textKey)];
  return (
    <section className="card" aria-labelledby="explain-heading">
      <h2 id="explain-heading">{t('backoffice.content.explainTitle')}</h2>
      <div className="field">
        <label htmlFor={cardId}>{t('backoffice.content.card')}</label>
        <select id={cardId} value={card} onChange={(e) => setCard(e.target.value)}>
          {EXPLANATION_CARDS.map((c) => (
            <option key={c.id} value={c.id}>
              {t(c.titleKey, { ns: 'explain', lng: 'nl' })}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">
        {t('backoffice.content.source')}: {chosen.source.title}
        {chosen.source.article ? `, ${chosen.source.article}` : ''}
      </p>
      {keys.map((key) => (
        <SentenceField key={`${card}|${key}`} textKey={`explain:${key}`} own={items.find((i) => i.kind === 'text' && i.language === 'nl' && i.key === `explain:${key}`)} reviewer={reviewer} onSaved={onSaved} />
      ))}
    </section>
  );
}

function SentenceField({ textKey, own, reviewer, onSaved }: { textKey: string; own: ContentItem | undefined; reviewer: string; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const key = textKey.slice('explain:'.length);
  const builtIn = i18n.getResource('nl', 'explain', key) as string | undefined;
  const [text, setText] = useState((own?.value as { text?: string } | undefined)?.text ?? builtIn ?? '');
  const [outcome, setOutcome] = useState<string | null>(null);
  const save = async () => {
    const problem = await saveContent({ kind: 'text', key: textKey, language: 'nl', value: { text }, ...reviewerOf(reviewer) });
    setOutcome(problem ?? 'saved');
    if (!problem) onSaved();
  };
  return (
    <div className="sentence-field">
      <div className="field">
        <label htmlFor={id}>{own ? t('backoffice.content.ownWording') : t('backoffice.content.builtInWording')}</label>
        <textarea id={id} lang="nl" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="row">
        <button type="button" className="button button-secondary" onClick={() => void save()} disabled={!text.trim()}>
          {t('backoffice.content.save')}
        </button>
        <SaveOutcome outcome={outcome} />
      </div>
    </div>
  );
}

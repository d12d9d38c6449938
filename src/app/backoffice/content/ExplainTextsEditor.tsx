// An explanation card as the municipality wants it: its source (title, article, link, date checked) and its Dutch
// wording sentence by sentence, the built-in text as the start, placeholders such as {{years}} kept (the server
// refuses a text that drops one); every entry with its earlier versions.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPLANATION_CARDS } from '../../../content/explanations';
import { cardWithOwnSource, type ContentRow } from '../../../domain/municipalContent';
import type { ContentItem } from '../../../protocol/municipalContent';
import { CardSourceForm } from './CardSourceForm';
import { reviewerOf, saveContent } from './saveContent';
import { SaveOutcome } from './SaveOutcome';
import { VersionHistory } from './VersionHistory';

interface Props {
  items: readonly ContentItem[];
  revision: number;
  reviewer: string;
  onSaved(): void;
}

export function ExplainTextsEditor({ items, revision, reviewer, onSaved }: Props) {
  const { t } = useTranslation();
  const cardId = useId();
  const [card, setCard] = useState(EXPLANATION_CARDS[0]!.id);
  const chosen = cardWithOwnSource(
    EXPLANATION_CARDS.find((c) => c.id === card)!,
    items as readonly ContentRow[],
  );
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
      <CardSourceForm
        key={card}
        card={chosen}
        own={items.some((i) => i.kind === 'source' && i.key === card)}
        reviewer={reviewer}
        onSaved={onSaved}
        revision={revision}
      />
      {keys.map((key) => (
        <SentenceField
          key={`${card}|${key}`}
          textKey={`explain:${key}`}
          own={items.find(
            (i) => i.kind === 'text' && i.language === 'nl' && i.key === `explain:${key}`,
          )}
          reviewer={reviewer}
          onSaved={onSaved}
          revision={revision}
        />
      ))}
    </section>
  );
}

function SentenceField({
  textKey,
  own,
  reviewer,
  onSaved,
  revision,
}: {
  textKey: string;
  own: ContentItem | undefined;
  reviewer: string;
  onSaved(): void;
  revision: number;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const key = textKey.slice('explain:'.length);
  const builtIn = i18n.getResource('nl', 'explain', key) as string | undefined;
  const [text, setText] = useState(
    (own?.value as { text?: string } | undefined)?.text ?? builtIn ?? '',
  );
  const [outcome, setOutcome] = useState<string | null>(null);
  const save = async () => {
    const problem = await saveContent({
      kind: 'text',
      key: textKey,
      language: 'nl',
      value: { text },
      ...reviewerOf(reviewer),
    });
    setOutcome(problem ?? 'saved');
    if (!problem) onSaved();
  };
  return (
    <div className="sentence-field">
      <div className="field">
        <label htmlFor={id}>
          {own ? t('backoffice.content.ownWording') : t('backoffice.content.builtInWording')}
        </label>
        <textarea
          id={id}
          lang="nl"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void save()}
          disabled={!text.trim()}
        >
          {t('backoffice.content.save')}
        </button>
        <SaveOutcome outcome={outcome} />
        {own ? (
          <VersionHistory kind="text" contentKey={textKey} language="nl" version={revision} />
        ) : null}
      </div>
    </div>
  );
}

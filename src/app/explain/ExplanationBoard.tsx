// In the conversation: the explanation cards as big picture cards, like the topic board. The inburgeraar (or
// the consultant with him) chooses what to look at; cards understood before get a soft check.
import { EXPLANATION_CARDS, pictogramOf } from '../../content/explanations';
import { directionOf } from '../../content/languages';
import { explanationHistory } from '../../domain/explanations';
import { Pictogram } from '../ui/Pictogram';
import { ExplainBar } from './Steps';
import { ExplainText, Untranslated, useExplainTexts } from './texts';
import { useExplanations } from './useExplanations';
import './explain.css';

export interface ExplanationBoardProps {
  caseId: string;
  conversationId?: string;
  lang: string;
  onChoose: (cardId: string) => void;
  onBack: () => void;
}

export function ExplanationBoard({
  caseId,
  conversationId,
  lang,
  onChoose,
  onBack,
}: ExplanationBoardProps) {
  const { translated } = useExplainTexts(lang);
  const history = explanationHistory(useExplanations(caseId));
  return (
    <div className="conversation explain-screen" dir={directionOf(lang)}>
      <ExplainBar
        caseId={caseId}
        conversationId={conversationId}
        lang={lang}
        titleKey="list.title"
        onBack={onBack}
      />
      <main className="page topic-board" id="main">
        {!translated ? <Untranslated /> : null}
        <ul className="topic-grid">
          {EXPLANATION_CARDS.map((card) => {
            const understood = history.get(card.id)?.understood === true;
            return (
              <li key={card.id}>
                <button
                  type="button"
                  className={`topic-card ${understood ? 'is-done' : ''}`}
                  data-card={card.id}
                  onClick={() => onChoose(card.id)}
                >
                  <Pictogram name={pictogramOf(card.pictogram)} size={120} />
                  <ExplainText i18nKey={card.titleKey} lang={lang} className="topic-title" />
                  {understood ? (
                    <span className="topic-progress">
                      <span className="soft-check" aria-hidden="true">
                        ✓
                      </span>
                      <span className="visually-hidden">
                        <ExplainText i18nKey="list.understood" lang={lang} />
                      </span>
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      </main>
    </div>
  );
}

// An explanation card: a few pictures with one sentence each, then "which picture shows …?".
// The answer is stored in the case doc (language, date, understood); if not understood: explain again now, or next time.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TEACH_BACK_DONT_KNOW,
  findExplanationCard,
  pictogramOf,
  want,
  type ExplanationCard,
  type TeachBackOption,
} from '../../content/explanations';
import { directionOf } from '../../content/languages';
import { recordExplanation } from '../../domain/explanations';
import { useCase } from '../hooks/useCase';
import { problemCodeOf, reportProblem } from '../hooks/problems';
import { changeLanguage } from '../i18n/i18n';
import { Pictogram } from '../ui/Pictogram';
import { SpeakButton } from '../ui/SpeakButton';
import { ExplainBar, PanelView, StepNav } from './Steps';
import { currentCard, useMunicipalContent } from '../content/municipalContent';
import {
  EXPLAIN_NS,
  ExplainText,
  Untranslated,
  checkedAtOf,
  formatDay,
  useExplainLine,
  useExplainTexts,
} from './texts';
import './explain.css';

export interface ExplanationCardScreenProps {
  caseId: string;
  /** The conversation the card is given in; without one the result is stored for the case only. */
  conversationId?: string;
  cardId: string;
  /** The inburgeraar's language. */
  lang: string;
  onDone: () => void;
}

type Step =
  { kind: 'panel'; index: number } | { kind: 'check' } | { kind: 'result'; understood: boolean };

export function ExplanationCardScreen({
  caseId,
  conversationId,
  cardId,
  lang,
  onDone,
}: ExplanationCardScreenProps) {
  const card = findExplanationCard(cardId);
  const { loaded, run } = useCase(caseId);
  const { translated } = useExplainTexts(lang);
  const [step, setStep] = useState<Step>({ kind: 'panel', index: 0 });
  const [round, setRound] = useState(0);
  useEffect(() => {
    changeLanguage(lang).catch(reportProblem);
  }, [lang]);
  if (!card) return null;

  const answer = async (option: TeachBackOption | 'dont-know'): Promise<void> => {
    const understood = option === TEACH_BACK_DONT_KNOW ? false : option.correct;
    const ok = await run((doc) => {
      recordExplanation(doc, {
        id: crypto.randomUUID(),
        cardId: card.id,
        ...(conversationId ? { conversationId } : {}),
        language: lang,
        understood,
        answerTileId: option === TEACH_BACK_DONT_KNOW ? TEACH_BACK_DONT_KNOW : option.id,
        now: new Date().toISOString(),
      });
    });
    if (ok) setStep({ kind: 'result', understood });
  };

  return (
    <div className="conversation explain-screen" dir={directionOf(lang)}>
      <ExplainBar
        caseId={caseId}
        conversationId={conversationId}
        lang={lang}
        titleKey={card.titleKey}
        onBack={onDone}
      />
      <main className="page explain" id="main">
        {!translated ? <Untranslated /> : null}
        {loaded.status === 'error' ? <CaseProblem error={loaded.error} /> : null}
        {step.kind === 'panel' ? (
          <CardPanel
            key={`${round}-${step.index}`}
            card={card}
            lang={lang}
            index={step.index}
            onIndex={(index) =>
              setStep(index < card.panels.length ? { kind: 'panel', index } : { kind: 'check' })
            }
          />
        ) : step.kind === 'check' ? (
          <TeachBackView
            key={round}
            card={card}
            lang={lang}
            round={round}
            ready={loaded.status === 'ready'}
            onAnswer={answer}
          />
        ) : (
          <Result
            understood={step.understood}
            lang={lang}
            onAgain={() => {
              setRound((r) => r + 1);
              setStep({ kind: 'panel', index: 0 });
            }}
            onDone={onDone}
          />
        )}
        <SourceLine card={card} />
      </main>
    </div>
  );
}

function CardPanel({
  card,
  lang,
  index,
  onIndex,
}: {
  card: ExplanationCard;
  lang: string;
  index: number;
  onIndex: (index: number) => void;
}) {
  const line = useExplainLine();
  const panel = card.panels[index];
  if (!panel) return null;
  const checkedAt = panel.noteKey ? checkedAtOf(panel.facts) : undefined;
  return (
    <>
      <PanelView
        pictogram={pictogramOf(panel.pictogram)}
        speak={line(panel.textKey, lang, panel.facts).own}
      >
        <ExplainText
          i18nKey={panel.textKey}
          lang={lang}
          facts={panel.facts}
          as="p"
          className="explain-text"
        />
        {panel.noteKey && checkedAt ? (
          <ExplainText
            i18nKey={panel.noteKey}
            lang={lang}
            values={{ date: formatDay(checkedAt, lang) }}
            as="p"
            className="explain-note"
          />
        ) : null}
      </PanelView>
      <StepNav
        lang={lang}
        index={index}
        total={card.panels.length}
        lastKey="ui.toCheck"
        onBack={() => onIndex(Math.max(0, index - 1))}
        onNext={() => onIndex(index + 1)}
      />
    </>
  );
}

/** Options start at a different place each round, so the right picture is not always in the same spot. */
const rotate = <T,>(items: readonly T[], by: number): T[] =>
  items.map((_, i) => items[(i + by) % items.length]!);
const seedOf = (text: string): number =>
  [...text].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9973, 7);

interface TeachBackProps {
  card: ExplanationCard;
  lang: string;
  round: number;
  /** False while the case is still opening: nothing can be stored yet. */
  ready: boolean;
  onAnswer: (option: TeachBackOption | 'dont-know') => Promise<void>;
}

function TeachBackView({ card, lang, round, ready, onAnswer }: TeachBackProps) {
  const line = useExplainLine();
  const [busy, setBusy] = useState<string | null>(null);
  const { teachBack } = card;
  const question = line(teachBack.questionKey, lang, teachBack.facts);
  const options = rotate(teachBack.options, seedOf(card.id) + round);
  const choose = async (option: TeachBackOption | 'dont-know') => {
    if (busy) return;
    setBusy(option === TEACH_BACK_DONT_KNOW ? option : option.id);
    try {
      await onAnswer(option);
    } finally {
      setBusy(null);
    }
  };
  const headingId = `teach-back-${card.id}`;
  return (
    <section className="explain-check" aria-labelledby={headingId}>
      <div className="question-head">
        <Pictogram name="question" size={96} className="question-picture" />
        <div className="question-text">
          <ExplainText
            i18nKey={teachBack.questionKey}
            lang={lang}
            facts={teachBack.facts}
            as="h2"
            id={headingId}
          />
        </div>
        <SpeakButton text={question.own.text} lang={question.own.lang} />
      </div>
      <div className={`tile-grid tiles-${options.length}`} role="group" aria-labelledby={headingId}>
        {options.map((option) => (
          <button
            key={option.id}
            type="button"
            className={`tile ${busy === option.id ? 'is-selected' : ''}`}
            data-option={option.id}
            disabled={!ready || busy !== null}
            onClick={() => void choose(option)}
          >
            <Pictogram name={pictogramOf(option.pictogram)} size={120} />
            <ExplainText i18nKey={option.labelKey} lang={lang} className="tile-label" />
          </button>
        ))}
      </div>
      <div className="explain-dont-know">
        <button
          type="button"
          className={`flag-button ${busy === TEACH_BACK_DONT_KNOW ? 'is-selected' : ''}`}
          disabled={!ready || busy !== null}
          onClick={() => void choose(TEACH_BACK_DONT_KNOW)}
        >
          <Pictogram name="unsure" size={44} />
          <ExplainText i18nKey="ui.check.dontKnow" lang={lang} />
        </button>
      </div>
    </section>
  );
}

function Result({
  understood,
  lang,
  onAgain,
  onDone,
}: {
  understood: boolean;
  lang: string;
  onAgain: () => void;
  onDone: () => void;
}) {
  return (
    <section className="explain-result" aria-live="polite">
      <Pictogram name={understood ? 'faceGood' : 'faceNeutral'} size={160} />
      <ExplainText
        i18nKey={understood ? 'ui.check.right' : 'ui.check.notYet'}
        lang={lang}
        as="h2"
      />
      <div className="explain-result-actions">
        {understood ? (
          <button type="button" className="button button-primary button-huge" onClick={onDone}>
            <ExplainText i18nKey="ui.check.done" lang={lang} />
          </button>
        ) : (
          <>
            <button type="button" className="button button-primary button-huge" onClick={onAgain}>
              <Pictogram name={pictogramOf(want('repeat', 'conversation'))} size={40} />
              <ExplainText i18nKey="ui.check.again" lang={lang} />
            </button>
            <button type="button" className="button button-secondary button-huge" onClick={onDone}>
              <Pictogram name="later" size={40} />
              <ExplainText i18nKey="ui.check.nextTime" lang={lang} />
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** For the consultant and tolk: where the card comes from, and that it is a draft until the municipality checks it. */
function SourceLine({ card }: { card: ExplanationCard }) {
  const { i18n } = useTranslation();
  useMunicipalContent();
  const nl = i18n.getFixedT('nl', EXPLAIN_NS);
  const { source, review } = currentCard(card);
  return (
    <footer className="explain-source" lang="nl" dir="ltr">
      <span>
        {nl('ui.source')}: {source.title}
        {source.article ? `, ${source.article}` : ''} ·{' '}
        {nl('ui.sourceCheckedAt', { date: formatDay(review.checkedAt, 'nl') })}
      </span>
      {review.status === 'draft' ? (
        <span className="explain-draft">{nl('ui.draftContent')}</span>
      ) : null}
    </footer>
  );
}

/** The case could not be opened, so a teach-back cannot be stored: say so instead of waiting forever. */
function CaseProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p className="explain-untranslated" role="alert">
      {t(`problem.${problemCodeOf(error)}`)}
    </p>
  );
}

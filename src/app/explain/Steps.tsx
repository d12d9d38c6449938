// Building blocks of a card: the bar with its title, one big panel at a time, and the arrows between panels.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../ui/Pictogram';
import { SpeakButton } from '../ui/SpeakButton';
import { ConversationBar } from '../conversation/ConversationBar';
import { ExplainText, type ExplainLine } from './texts';
import './explain.css';

/** A chevron pointing to the end of the line (next) or its start (back); it mirrors in right-to-left. */
export function Arrow({ to }: { to: 'start' | 'end' }) {
  return (
    <svg
      className={`explain-arrow explain-arrow-${to}`}
      viewBox="0 0 24 24"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={to === 'end' ? 'M9 4l8 8-8 8' : 'M15 4l-8 8 8 8'}
        fill="none"
        stroke="currentColor"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

interface BarProps {
  caseId: string;
  conversationId?: string;
  lang: string;
  titleKey: string;
  onBack: () => void;
}

/** In a conversation: the conversation bar with the card title; otherwise a plain bar with back and title. */
export function ExplainBar({ caseId, conversationId, lang, titleKey, onBack }: BarProps) {
  const { t } = useTranslation();
  const title = <ExplainText i18nKey={titleKey} lang={lang} as="h1" className="bar-title" />;
  if (conversationId) {
    return (
      <ConversationBar caseId={caseId} lang={lang} conversationId={conversationId} onBack={onBack}>
        {title}
      </ConversationBar>
    );
  }
  return (
    <header className="conversation-bar">
      <button
        type="button"
        className="icon-button back-button"
        onClick={onBack}
        aria-label={t('nav.back')}
      >
        <span aria-hidden="true" className="arrow" />
      </button>
      <div className="conversation-bar-middle">{title}</div>
      <span />
    </header>
  );
}

interface PanelProps {
  pictogram: string;
  /** What the speaker button reads aloud. */
  speak: ExplainLine;
  children: ReactNode;
}

/** One panel: a big picture, the sentence (own language big, Dutch small) and a speaker button. */
export function PanelView({ pictogram, speak, children }: PanelProps) {
  return (
    <div className="explain-panel">
      <Pictogram name={pictogram} size={200} className="explain-picture" />
      <div className="explain-sentence" aria-live="polite">
        {children}
      </div>
      <SpeakButton text={speak.text} lang={speak.lang} />
    </div>
  );
}

interface NavProps {
  lang: string;
  index: number;
  total: number;
  onBack: () => void;
  onNext: () => void;
  /** Label key of the forward button on the last panel (e.g. to the teach-back, or "done"). */
  lastKey: string;
}

/** Back and next as big arrow buttons with a label, and quiet dots that show where you are. */
export function StepNav({ lang, index, total, onBack, onNext, lastKey }: NavProps) {
  const last = index === total - 1;
  return (
    <nav className="explain-nav">
      <button
        type="button"
        className="button button-secondary explain-step"
        onClick={onBack}
        disabled={index === 0}
      >
        <Arrow to="start" />
        <ExplainText i18nKey="ui.previous" lang={lang} />
      </button>
      <div className="explain-progress">
        <span className="visually-hidden">
          <ExplainText i18nKey="ui.progress" lang={lang} values={{ current: index + 1, total }} />
        </span>
        <ol className="explain-dots" aria-hidden="true">
          {Array.from({ length: total }, (_, i) => (
            <li key={i} className={i === index ? 'is-current' : i < index ? 'is-done' : ''} />
          ))}
        </ol>
      </div>
      <button type="button" className="button button-primary explain-step" onClick={onNext}>
        <ExplainText i18nKey={last ? lastKey : 'ui.next'} lang={lang} />
        <Arrow to="end" />
      </button>
    </nav>
  );
}

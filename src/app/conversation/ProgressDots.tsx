// Small progress dots for the questions of a topic; each dot goes to its question.
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../content/types';
import { isDone, visibleQuestions } from '../../domain/flow';
import type { Conversation } from '../../domain/types';

interface Props {
  domain: Domain;
  conversation: Conversation;
  currentId?: string;
  onGo(questionId: string): void;
}

export function ProgressDots({ domain, conversation, currentId, onGo }: Props) {
  const { t } = useTranslation();
  const questions = visibleQuestions(domain, conversation.answers, {
    hideSensitive: conversation.hideSensitive ?? false,
  });
  return (
    <ol className="progress-dots" aria-label={t('talk.questions')}>
      {questions.map((q, index) => (
        <li key={q.id}>
          <button
            type="button"
            className={`dot-button ${isDone(conversation.answers[q.id]) ? 'is-done' : ''} ${q.id === currentId ? 'is-current' : ''}`}
            aria-current={q.id === currentId ? 'step' : undefined}
            aria-label={t('talk.questionNumber', { number: index + 1 })}
            onClick={() => onGo(q.id)}
          />
        </li>
      ))}
    </ol>
  );
}

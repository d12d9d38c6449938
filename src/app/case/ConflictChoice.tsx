// Two or more answers given apart on different tablets: every one with who, tablet and time, and the
// consultant chooses the one that holds. Only in the consultant's view; never in handover.
import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/types';
import type * as Y from 'yjs';
import type { Answer } from '../../domain/types';
import { AnswerOrigin, AnswerText } from './AnswerText';

interface Props {
  question: Question;
  answers: Answer[];
  onChoose(entryId: string): void;
  doc?: Y.Doc;
}

export function ConflictChoice({ question, answers, onChoose, doc }: Props) {
  const { t } = useTranslation();
  return (
    <div className="conflict" role="group" aria-label={t('answers.conflict')}>
      <span className="chip chip-conflict">{t('answers.conflict')}</span>
      <ul className="conflict-options">
        {answers.map((answer) => (
          <li key={answer.entryId} className="conflict-option">
            <span className="conflict-answer">
              <AnswerText question={question} answer={answer} doc={doc} />
              <AnswerOrigin answer={answer} />
            </span>
            {answer.entryId ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onChoose(answer.entryId!)}
              >
                {t('answers.choose')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

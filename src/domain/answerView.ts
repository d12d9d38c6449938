// How the consultant's overview groups a conversation's answers: what was said, and the questions
// that only got "I don't understand / don't know / rather not / later" — set apart, per flag.
import type { Answer, AnswerFlag } from './types';

/** An answer that is only one of the four ways out, with nothing said, chosen or drawn. */
export const isFlagOnly = (answer: Answer): boolean =>
  !!answer.flag && !answer.value && !answer.ownWords && !answer.drawingRef;

export interface AnswerGroups {
  /** Question ids with something said, chosen or drawn (or answers that differ), in the given order. */
  said: string[];
  /** Question ids per flag, for answers that are only a flag. */
  flagged: Partial<Record<AnswerFlag, string[]>>;
}

export const groupAnswers = (
  questionIds: readonly string[],
  answers: Record<string, Answer>,
  conflicts: Record<string, Answer[]>,
): AnswerGroups => {
  const groups: AnswerGroups = { said: [], flagged: {} };
  for (const id of questionIds) {
    const answer = answers[id];
    if (!answer) continue;
    if (isFlagOnly(answer) && !conflicts[id]) (groups.flagged[answer.flag!] ??= []).push(id);
    else groups.said.push(id);
  }
  return groups;
};

// What the intake said about a part of the plan: the latest answer of every question whose `pipField` feeds
// it, with the question, so the builder shows the consultant his words beside each topic and need.
import { DOMAINS } from '../../content/catalog';
import type { Question } from '../../content/types';
import type { Answer, CaseSnapshot } from '../types';

export interface IntakeLink {
  question: Question;
  answer: Answer;
  /** Said in a conversation without the partner. */
  private: boolean;
}

const QUESTIONS = DOMAINS.flatMap((d) => d.questions);

/** The latest answer per question over all conversations, for the questions of these pipFields (catalog order). */
export const answersForFields = (
  snapshot: CaseSnapshot,
  fields: readonly string[],
): IntakeLink[] => {
  const wanted = QUESTIONS.filter((q) => q.pipField && fields.includes(q.pipField));
  const links: IntakeLink[] = [];
  for (const question of wanted) {
    let latest: IntakeLink | undefined;
    for (const conversation of snapshot.conversations) {
      const answer = conversation.answers[question.id];
      if (
        answer &&
        (answer.value || answer.ownWords || answer.drawingRef || answer.audioRef) &&
        (!latest || answer.at > latest.answer.at)
      ) {
        latest = { question, answer, private: conversation.private === true };
      }
    }
    if (latest) links.push(latest);
  }
  return links;
};

export interface NeedToAgreeOn {
  field: string;
  /** Said (also) in a conversation without the partner: an agreement on it starts out private. */
  private: boolean;
}

/** The `needs.*` fields the intake answered with something other than "no": candidates for an agreement. */
export const needsToAgreeOn = (snapshot: CaseSnapshot): NeedToAgreeOn[] => {
  const fields = [
    ...new Set(QUESTIONS.flatMap((q) => (q.pipField?.startsWith('needs.') ? [q.pipField] : []))),
  ];
  return fields.flatMap((field) => {
    const said = answersForFields(snapshot, [field]).filter(
      ({ answer }) =>
        !(answer.value?.kind === 'tiles' && answer.value.tileIds.every((t) => t === 'no')),
    );
    return said.length ? [{ field, private: said.some((l) => l.private) }] : [];
  });
};

// Which question comes next in a domain, given the answers so far. Pure; no order is forced.
import type { Domain, Question } from '../content/types';
import type { Answer } from './types';

const chosenTiles = (answer: Answer | undefined): string[] =>
  answer?.value?.kind === 'tiles' ? answer.value.tileIds : [];

/** Who is looking: the inburgeraar never sees the consultant's own observation questions. */
export type Audience = 'inburgeraar' | 'consultant';

export interface FlowOptions {
  audience?: Audience;
  /** Leave out questions marked sensitive (the consultant's choice for this conversation). */
  hideSensitive?: boolean;
}

/** Questions to show: follow-ups appear only after an answer that asks for them. */
export const visibleQuestions = (
  domain: Domain,
  answers: Record<string, Answer>,
  { audience = 'inburgeraar', hideSensitive = false }: FlowOptions = {},
): Question[] => {
  const triggered = new Set<string>();
  const followUps = new Set<string>();
  for (const q of domain.questions) {
    for (const f of q.followUps) {
      followUps.add(f.questionId);
      if (chosenTiles(answers[q.id]).some((t) => f.whenTiles.includes(t)))
        triggered.add(f.questionId);
    }
  }
  return domain.questions.filter(
    (q) =>
      (!followUps.has(q.id) || triggered.has(q.id)) &&
      (audience === 'consultant' || q.answeredBy === 'inburgeraar') &&
      !(hideSensitive && q.sensitivity === 'sensitive'),
  );
};

/** Flags that leave a question open: it comes back when the topic is reopened. */
const OPEN_FLAGS = new Set(['later', 'not-understood']);

/** An answer counts as done unless it was put off ("later") or not understood. */
export const isDone = (answer: Answer | undefined): boolean =>
  !!answer && !(answer.flag && OPEN_FLAGS.has(answer.flag) && !answer.value);

/** The next visible question after `currentId` that is not done; wraps to earlier ones. */
export const nextQuestionId = (
  domain: Domain,
  answers: Record<string, Answer>,
  currentId?: string,
  options: FlowOptions = {},
): string | undefined => {
  const visible = visibleQuestions(domain, answers, options);
  const start = currentId ? visible.findIndex((q) => q.id === currentId) + 1 : 0;
  const ordered = [...visible.slice(start), ...visible.slice(0, start)];
  return ordered.find((q) => q.id !== currentId && !isDone(answers[q.id]))?.id;
};

export interface DomainProgress {
  done: number;
  total: number;
}

export const domainProgress = (
  domain: Domain,
  answers: Record<string, Answer>,
  options: FlowOptions = {},
): DomainProgress => {
  const visible = visibleQuestions(domain, answers, options);
  return { done: visible.filter((q) => isDone(answers[q.id])).length, total: visible.length };
};

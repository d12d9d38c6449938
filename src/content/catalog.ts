// The question catalog: all domains of the brede intake and look-ups over them.
import { family } from './domains/family';
import type { Domain, Question } from './types';

export const DOMAINS: readonly Domain[] = [family];

const byId = new Map<string, Question>(DOMAINS.flatMap((d) => d.questions.map((q) => [q.id, q] as const)));

export const findQuestion = (id: string): Question | undefined => byId.get(id);

export const findDomain = (id: string): Domain | undefined => DOMAINS.find((d) => d.id === id);

/** Questions that are only asked after a matching answer to another question. */
export const followUpIds = (domain: Domain): Set<string> =>
  new Set(domain.questions.flatMap((q) => q.followUps.map((f) => f.questionId)));

// The question catalog: all domains of the brede intake and look-ups over them.
import { education } from './domains/education';
import { family } from './domains/family';
import { future } from './domains/future';
import { health } from './domains/health';
import { home } from './domains/home';
import { interests } from './domains/interests';
import { languages } from './domains/languages';
import { mobility } from './domains/mobility';
import { money } from './domains/money';
import { network } from './domains/network';
import { practical } from './domains/practical';
import { work } from './domains/work';
import type { Domain, Question } from './types';

/** In topic-board order: basis op orde first (family, home, money, health), then language, school and work, the future last. */
export const DOMAINS: readonly Domain[] = [
  family,
  home,
  money,
  health,
  languages,
  education,
  work,
  interests,
  network,
  mobility,
  practical,
  future,
];

const byId = new Map<string, Question>(
  DOMAINS.flatMap((d) => d.questions.map((q) => [q.id, q] as const)),
);

export const findQuestion = (id: string): Question | undefined => byId.get(id);

export const findDomain = (id: string): Domain | undefined => DOMAINS.find((d) => d.id === id);

// Explanation cards: look-ups over the catalog of cards, facts and the consultant's "about me" card.
import { EXPLANATION_CARDS } from './cards';
import type { ExplanationCard, TeachBackOption } from './types';

export { EXPLANATION_CARDS } from './cards';
export { FACTS, factOf, factValues, factsUsed } from './facts';
export { ABOUT_ME_LIKES, ABOUT_ME_PANELS, findAboutMeLike, type AboutMeLike } from './aboutMe';
export {
  WANTED_PICTOGRAMS,
  pictogramOf,
  intendedPictogramOf,
  want,
  type WantedPictogram,
} from './pictograms';
export type * from './types';

/** The answer "I don't know" that every teach-back offers besides its pictures; it counts as not understood. */
export const TEACH_BACK_DONT_KNOW = 'dont-know';

const byId = new Map<string, ExplanationCard>(EXPLANATION_CARDS.map((c) => [c.id, c]));

export const findExplanationCard = (id: string): ExplanationCard | undefined => byId.get(id);

export const isExplanationCardId = (id: string): boolean => byId.has(id);

export const findTeachBackOption = (
  card: ExplanationCard,
  optionId: string,
): TeachBackOption | undefined => card.teachBack.options.find((o) => o.id === optionId);

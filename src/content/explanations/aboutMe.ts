// The consultant's "about me" card (gelijkwaardig gesprek): she shares her name, her work and what she likes.
// The words are her own (typed in settings); the frame sentences and the likes' labels are translated.
import { want } from './pictograms';
import type { Picto } from './types';

export interface AboutMeLike {
  id: string;
  pictogram: Picto;
  /** i18n key (namespace `explain`) of the like's name, shown in the inburgeraar's language. */
  labelKey: string;
}

const like = (id: string, pictogram: Picto): AboutMeLike => ({
  id,
  pictogram,
  labelKey: `about.like.${id}`,
});

/** Likes the consultant can choose a picture for; settings offers these. */
export const ABOUT_ME_LIKES: readonly AboutMeLike[] = [
  like('cooking', want('cooking', 'home')),
  like('cycling', want('bicycle', 'walking')),
  like('music', want('music', 'speaker')),
  like('football', want('soccerBall', 'hobbies')),
  like('reading', want('books', 'school')),
  like('gardening', want('pottedPlant', 'future')),
  like('walking', 'walking'),
  like('family', 'family'),
  like('coffee', want('hotBeverage', 'conversation')),
  like('drawing', 'hobbies'),
];

export const findAboutMeLike = (id: string): AboutMeLike | undefined =>
  ABOUT_ME_LIKES.find((l) => l.id === id);

/** The panels of the card, in order; `likes` shows the chosen likes as small tiles. */
export const ABOUT_ME_PANELS = [
  { id: 'name', pictogram: want('wavingHand', 'adult'), textKey: 'about.name' },
  { id: 'work', pictogram: want('government', 'handshake'), textKey: 'about.work' },
  { id: 'likes', pictogram: want('heartHands', 'faceGood'), textKey: 'about.likes' },
  { id: 'you', pictogram: 'conversation', textKey: 'about.you' },
] as const satisfies readonly { id: string; pictogram: Picto; textKey: string }[];

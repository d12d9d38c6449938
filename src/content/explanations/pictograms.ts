// Pictograms the explanation cards would rather show: semantic name → OpenMoji hexcode (CC BY-SA 4.0).
// They are not in the bundled subset yet. Once a name is added to src/content/pictograms.ts with the same
// hexcode (and copied with `npm run pictograms`), every card that wants it shows it instead of its fallback.
import { isPictogram, type PictogramName } from '../pictograms';
import type { Picto } from './types';

export const WANTED_PICTOGRAMS = {
  /** spiral calendar, without dates or text: the three-year term */
  calendar: '1F5D3',
  /** classical building: the town hall, the municipality */
  government: '1F3DB',
  /** clipboard: the plan (PIP) */
  clipboard: '1F4CB',
  /** books: KNM, learning about the Netherlands */
  books: '1F4DA',
  /** compass: choosing a route */
  compass: '1F9ED',
  /** envelope: a letter, an invitation */
  envelope: '2709',
  /** light bulb: energy (gas, electricity) */
  lightBulb: '1F4A1',
  /** receipt: a bill paid from the benefit */
  receipt: '1F9FE',
  /** writing hand: signing the participatieverklaring */
  writingHand: '270D',
  /** identification card: passport (wrong answer in a teach-back) */
  idCard: '1FAAA',
  /** automobile: driving (wrong answer in a teach-back) */
  car: '1F697',
  /** shopping cart: groceries (wrong answer in a teach-back) */
  shoppingCart: '1F6D2',
  /** door: a room of your own, a conversation without others */
  door: '1F6AA',
  /** waving hand: hello, the consultant introduces herself */
  wavingHand: '1F44B',
  /** heart hands: what I like */
  heartHands: '1FAF6',
  /** cooking (frying pan): a like */
  cooking: '1F373',
  /** bicycle: a like */
  bicycle: '1F6B2',
  /** musical notes: a like */
  music: '1F3B6',
  /** soccer ball: a like */
  soccerBall: '26BD',
  /** potted plant: gardening, a like */
  pottedPlant: '1FAB4',
  /** hot beverage: coffee or tea, a like */
  hotBeverage: '2615',
  /** repeat arrows: explain again */
  repeat: '1F501',
} as const;

export type WantedPictogram = keyof typeof WANTED_PICTOGRAMS;

export const want = (name: WantedPictogram, fallback: PictogramName): Picto => ({
  want: name,
  fallback,
});

/** The bundled pictogram name to show now: the wanted one once it is bundled, else the fallback. */
export const pictogramOf = (picto: Picto): PictogramName =>
  typeof picto === 'string' ? picto : isPictogram(picto.want) ? picto.want : picto.fallback;

/** The pictogram the card is designed for (the wanted one, even if not bundled yet). */
export const intendedPictogramOf = (picto: Picto): string =>
  typeof picto === 'string' ? picto : picto.want;

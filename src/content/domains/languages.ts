// Domain "Languages": languages spoken, reading and writing in the own language (alfabetisering),
// the Latin alphabet, Dutch so far, and how someone learns best.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { SKILL_LEVEL } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('languages', id, spec);

export const languages: Domain = {
  id: 'languages',
  titleKey: 'domain.languages',
  pictogram: 'peopleDialogue',
  questions: [
    q('count', {
      kind: 'single-tile',
      pictogram: 'peopleDialogue',
      simple: true,
      tiles: [
        tile('languages-one', 'speakingHead'),
        tile('languages-two', 'people'),
        tile('languages-more', 'globe'),
      ],
      pipField: 'profile.languages',
    }),
    // Names of languages have no picture; the tolk or consultant may write them down.
    q('which', { kind: 'own-words', pictogram: 'speakingHead', pipField: 'profile.languages' }),
    q('read-own', {
      kind: 'single-tile',
      pictogram: 'book',
      simple: true,
      tiles: SKILL_LEVEL,
      pipField: 'profile.literacy',
    }),
    q('write-own', {
      kind: 'single-tile',
      pictogram: 'writingHand',
      tiles: SKILL_LEVEL,
      pipField: 'profile.literacy',
    }),
    q('latin', {
      kind: 'yes-no-unsure',
      pictogram: 'pencil',
      simple: true,
      pipField: 'profile.literacy',
    }),
    q('dutch-speak', {
      kind: 'single-tile',
      pictogram: 'conversation',
      simple: true,
      tiles: [
        tile('nothing-yet', 'later'),
        tile('dutch-words', 'aLittle'),
        tile('dutch-sentences', 'conversation'),
        tile('dutch-conversation', 'peopleDialogue'),
      ],
      pipField: 'profile.dutch',
    }),
    q('dutch-read', {
      kind: 'single-tile',
      pictogram: 'book',
      tiles: SKILL_LEVEL,
      pipField: 'profile.dutch',
    }),
    q('dutch-lessons', {
      kind: 'yes-no-unsure',
      pictogram: 'school',
      followUps: [{ whenTiles: ['yes'], questionId: 'languages.lessons-where' }],
      pipField: 'profile.dutch',
    }),
    q('lessons-where', {
      kind: 'multi-tile',
      pictogram: 'school',
      tiles: [
        tile('in-azc', 'houses'),
        tile('lessons-school', 'school'),
        tile('lessons-volunteer', 'heartHands'),
        tile('lessons-app', 'mobilePhone'),
      ],
      pipField: 'profile.dutch',
    }),
    q('english', {
      kind: 'single-tile',
      pictogram: 'globe',
      tiles: SKILL_LEVEL,
      pipField: 'profile.languages',
    }),
    q('learn-how', {
      kind: 'multi-tile',
      pictogram: 'books',
      simple: true,
      tiles: [
        tile('learn-class', 'school'),
        tile('learn-doing', 'tools'),
        tile('learn-listening', 'ear'),
        tile('learn-pictures', 'picture'),
        tile('learn-video', 'videoCamera'),
        tile('learn-together', 'peopleHoldingHands'),
      ],
      pipField: 'profile.learning',
    }),
    q('obs-reading', {
      kind: 'yes-no-unsure',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      pipField: 'profile.literacy',
    }),
    q('obs-tolk', {
      kind: 'yes-no-unsure',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      pipField: 'needs.tolk',
    }),
  ],
};

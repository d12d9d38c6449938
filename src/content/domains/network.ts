// Domain "People I know": people in the Netherlands, family nearby, own community, who helps, taalcoach, maatje.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { FACES_GOOD_BAD } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('network', id, spec);

export const network: Domain = {
  id: 'network',
  titleKey: 'domain.network',
  pictogram: 'peopleHoldingHands',
  questions: [
    q('people-nl', {
      kind: 'single-tile',
      pictogram: 'people',
      tiles: [
        tile('nobody', 'personAlone'),
        tile('know-few', 'people'),
        tile('know-many', 'group'),
      ],
      pipField: 'profile.network',
    }),
    q('family-nearby', { kind: 'yes-no-unsure', pictogram: 'family', pipField: 'profile.network' }),
    q('community', {
      kind: 'yes-no-unsure',
      pictogram: 'peopleHoldingHands',
      pipField: 'profile.network',
    }),
    q('dutch-contacts', {
      kind: 'yes-no-unsure',
      pictogram: 'handshake',
      simple: true,
      pipField: 'profile.network',
    }),
    q('meet', {
      kind: 'multi-tile',
      pictogram: 'hotBeverage',
      tiles: [
        tile('meet-worship', 'placeOfWorship'),
        tile('meet-sport', 'soccerBall'),
        tile('meet-school', 'school'),
        tile('meet-neighbourhood', 'houseWithGarden'),
        tile('meet-phone', 'mobilePhone'),
        tile('nowhere', 'personAlone'),
      ],
      pipField: 'profile.network',
    }),
    q('who-helps', {
      kind: 'multi-tile',
      pictogram: 'handshake',
      simple: true,
      tiles: [
        tile('family-members', 'family'),
        tile('help-friends', 'peopleHoldingHands'),
        tile('help-neighbours', 'houseWithGarden'),
        tile('help-vwn', 'heartHands'),
        tile('help-coa', 'houses'),
        tile('nobody', 'personAlone'),
      ],
      pipField: 'profile.network',
    }),
    q('neighbours', {
      kind: 'faces-scale',
      pictogram: 'houseWithGarden',
      tiles: FACES_GOOD_BAD,
      pipField: 'profile.network',
    }),
    q('lonely', {
      kind: 'yes-no-unsure',
      pictogram: 'personAlone',
      sensitivity: 'sensitive',
      pipField: 'needs.social',
    }),
    q('taalcoach', {
      kind: 'yes-no-unsure',
      pictogram: 'peopleDialogue',
      simple: true,
      pipField: 'needs.taalcoach',
    }),
    q('maatje', {
      kind: 'yes-no-unsure',
      pictogram: 'peopleHoldingHands',
      simple: true,
      pipField: 'needs.maatje',
    }),
  ],
};

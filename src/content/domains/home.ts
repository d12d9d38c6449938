// Domain "Home" (basis op orde): where someone lives now, space, what is missing or broken, moving.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { FACES_GOOD_BAD } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('home', id, spec);

export const home: Domain = {
  id: 'home',
  titleKey: 'domain.home',
  pictogram: 'home',
  questions: [
    q('current', {
      kind: 'single-tile',
      pictogram: 'home',
      simple: true,
      tiles: [
        tile('in-azc', 'houses'),
        tile('home-rental', 'home'),
        tile('home-family', 'people'),
        tile('home-temporary', 'luggage'),
      ],
      pipField: 'basis.housing',
    }),
    q('people-count', {
      kind: 'number',
      pictogram: 'people',
      min: 1,
      max: 20,
      pipField: 'basis.housing',
    }),
    q('satisfied', {
      kind: 'faces-scale',
      pictogram: 'houseWithGarden',
      tiles: FACES_GOOD_BAD,
      pipField: 'basis.housing',
    }),
    q('space', { kind: 'yes-no-unsure', pictogram: 'couch', pipField: 'basis.housing' }),
    q('missing', {
      kind: 'multi-tile',
      pictogram: 'package',
      simple: true,
      tiles: [
        tile('missing-furniture', 'couch'),
        tile('missing-beds', 'bed'),
        tile('missing-kitchen', 'cooking'),
        tile('missing-washing', 'washingMachine'),
        tile('missing-internet', 'wifi'),
        tile('all-fine', 'yes'),
      ],
      pipField: 'needs.housing',
    }),
    q('problems', {
      kind: 'multi-tile',
      pictogram: 'tools',
      simple: true,
      tiles: [
        tile('problem-damp', 'droplet'),
        tile('problem-cold', 'snowflake'),
        tile('problem-broken', 'tools'),
        tile('problem-noise', 'loudspeaker'),
        tile('problem-neighbours', 'houses'),
        tile('all-fine', 'yes'),
      ],
      pipField: 'needs.housing',
    }),
    // Sensitive: with a partner or relative present this is not the moment to ask; the consultant may hide it.
    q('safe', {
      kind: 'yes-no-unsure',
      pictogram: 'safety',
      sensitivity: 'sensitive',
      pipField: 'basis.housing',
    }),
    q('move', {
      kind: 'yes-no-unsure',
      pictogram: 'movingTruck',
      followUps: [{ whenTiles: ['yes'], questionId: 'home.move-help' }],
      pipField: 'basis.housing',
    }),
    q('move-help', {
      kind: 'yes-no-unsure',
      pictogram: 'package',
      simple: true,
      pipField: 'needs.housing',
    }),
  ],
};

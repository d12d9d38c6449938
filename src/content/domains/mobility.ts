// Domain "Getting around": cycling, bus and train, driving licence, how to get to lessons and work.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { SELF_RELIANCE, SKILL_LEVEL } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('mobility', id, spec);

export const mobility: Domain = {
  id: 'mobility',
  titleKey: 'domain.mobility',
  pictogram: 'bicycle',
  questions: [
    q('bike', {
      kind: 'single-tile',
      pictogram: 'bicycle',
      tiles: SKILL_LEVEL,
      followUps: [{ whenTiles: ['skill-little', 'no'], questionId: 'mobility.bike-lessons' }],
      pipField: 'profile.mobility',
    }),
    q('bike-lessons', { kind: 'yes-no-unsure', pictogram: 'cycling', pipField: 'needs.mobility' }),
    q('has-bike', { kind: 'yes-no-unsure', pictogram: 'bicycle', pipField: 'needs.mobility' }),
    q('transport', {
      kind: 'single-tile',
      pictogram: 'bus',
      simple: true,
      tiles: SELF_RELIANCE,
      pipField: 'profile.mobility',
    }),
    q('pay-transport', {
      kind: 'yes-no-unsure',
      pictogram: 'creditCard',
      simple: true,
      pipField: 'needs.mobility',
    }),
    q('licence', {
      kind: 'single-tile',
      pictogram: 'idCard',
      tiles: [tile('licence-nl', 'idCard'), tile('licence-abroad', 'globe'), tile('no', 'no')],
      followUps: [{ whenTiles: ['licence-abroad'], questionId: 'mobility.licence-exchange' }],
      pipField: 'profile.mobility',
    }),
    q('licence-exchange', {
      kind: 'yes-no-unsure',
      pictogram: 'car',
      simple: true,
      pipField: 'needs.mobility',
    }),
    q('car', { kind: 'yes-no-unsure', pictogram: 'car', pipField: 'profile.mobility' }),
    q('travel-to', {
      kind: 'multi-tile',
      pictogram: 'walking',
      simple: true,
      tiles: [
        tile('by-walking', 'walking'),
        tile('by-bike', 'bicycle'),
        tile('by-bus', 'bus'),
        tile('by-train', 'train'),
        tile('by-car', 'car'),
      ],
      pipField: 'profile.mobility',
    }),
    q('find-way', {
      kind: 'single-tile',
      pictogram: 'compass',
      simple: true,
      tiles: SELF_RELIANCE,
      pipField: 'profile.mobility',
    }),
  ],
};

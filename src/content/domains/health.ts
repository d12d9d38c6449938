// Domain "Health": the body, and — gently, all marked sensitive — sleep, mood, worries and concentration.
// Nothing here asks about the past or the journey; the questions are about how someone is now.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { FACES_GOOD_BAD } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('health', id, spec);

export const health: Domain = {
  id: 'health',
  titleKey: 'domain.health',
  pictogram: 'health',
  questions: [
    q('general', {
      kind: 'faces-scale',
      pictogram: 'health',
      simple: true,
      tiles: FACES_GOOD_BAD,
      pipField: 'basis.health',
    }),
    q('pain', {
      kind: 'yes-no-unsure',
      pictogram: 'bandage',
      followUps: [{ whenTiles: ['yes'], questionId: 'health.pain-where' }],
      pipField: 'basis.health',
    }),
    q('pain-where', {
      kind: 'multi-tile',
      pictogram: 'bandage',
      tiles: [
        tile('pain-head', 'headache'),
        tile('pain-back', 'backache'),
        tile('pain-stomach', 'stomach'),
        tile('pain-joints', 'jointPain'),
        tile('pain-teeth', 'tooth'),
        tile('pain-chest', 'heart'),
      ],
      pipField: 'basis.health',
    }),
    q('limitations', {
      kind: 'multi-tile',
      pictogram: 'crutches',
      simple: true,
      tiles: [
        tile('hard-seeing', 'eye'),
        tile('hard-hearing', 'ear'),
        tile('hard-walking', 'crutches'),
        tile('hard-lifting', 'liftingWeights'),
        tile('all-fine', 'yes'),
      ],
      pipField: 'basis.health',
    }),
    q('medicine', { kind: 'yes-no-unsure', pictogram: 'medicine', pipField: 'basis.health' }),
    q('doctor-now', {
      kind: 'yes-no-unsure',
      pictogram: 'healthWorker',
      simple: true,
      pipField: 'basis.health',
    }),
    q('sleep', {
      kind: 'faces-scale',
      pictogram: 'personInBed',
      tiles: FACES_GOOD_BAD,
      sensitivity: 'sensitive',
      pipField: 'basis.mentalHealth',
    }),
    q('mood', {
      kind: 'faces-scale',
      pictogram: 'lotus',
      simple: true,
      tiles: FACES_GOOD_BAD,
      sensitivity: 'sensitive',
      pipField: 'basis.mentalHealth',
    }),
    q('worries', {
      kind: 'yes-no-unsure',
      pictogram: 'thoughtBalloon',
      simple: true,
      sensitivity: 'sensitive',
      pipField: 'basis.mentalHealth',
    }),
    q('concentration', {
      kind: 'yes-no-unsure',
      pictogram: 'brain',
      simple: true,
      sensitivity: 'sensitive',
      pipField: 'basis.mentalHealth',
    }),
    q('talk-help', {
      kind: 'yes-no-unsure',
      pictogram: 'conversation',
      simple: true,
      sensitivity: 'sensitive',
      pipField: 'needs.mentalHealth',
    }),
    q('obs-support', {
      kind: 'yes-no-unsure',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      sensitivity: 'sensitive',
      pipField: 'needs.health',
    }),
  ],
};

// Domain "Work": work done before (kinds of work as pictures), years, own business, skills, cv.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { JOBS_HANDS, JOBS_MORE, JOBS_PEOPLE } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('work', id, spec);

const ifWorked = ['yes'];

export const work: Domain = {
  id: 'work',
  titleKey: 'domain.work',
  pictogram: 'work',
  questions: [
    q('before', {
      kind: 'yes-no-unsure',
      pictogram: 'work',
      simple: true,
      followUps: [
        'jobs-hands',
        'jobs-people',
        'jobs-more',
        'years',
        'last-year',
        'own-business',
      ].map((id) => ({
        whenTiles: ifWorked,
        questionId: `work.${id}`,
      })),
      pipField: 'profile.workExperience',
    }),
    q('jobs-hands', {
      kind: 'multi-tile',
      pictogram: 'tools',
      tiles: JOBS_HANDS,
      pipField: 'profile.workExperience',
    }),
    q('jobs-people', {
      kind: 'multi-tile',
      pictogram: 'people',
      tiles: JOBS_PEOPLE,
      pipField: 'profile.workExperience',
    }),
    q('jobs-more', {
      kind: 'multi-tile',
      pictogram: 'briefcase',
      tiles: JOBS_MORE,
      followUps: [{ whenTiles: ['job-other'], questionId: 'work.other-work' }],
      pipField: 'profile.workExperience',
    }),
    q('other-work', { kind: 'own-words', pictogram: 'work', pipField: 'profile.workExperience' }),
    q('years', {
      kind: 'number',
      pictogram: 'later',
      min: 0,
      max: 60,
      pipField: 'profile.workExperience',
    }),
    q('last-year', {
      kind: 'year',
      pictogram: 'later',
      min: 1960,
      max: 2026,
      pipField: 'profile.workExperience',
    }),
    q('own-business', {
      kind: 'yes-no-unsure',
      pictogram: 'shoppingBags',
      pipField: 'profile.workExperience',
    }),
    q('worked-nl', {
      kind: 'yes-no-unsure',
      pictogram: 'briefcase',
      pipField: 'profile.workExperience',
    }),
    q('skills', {
      kind: 'multi-tile',
      pictogram: 'thumbsUp',
      simple: true,
      tiles: [
        tile('can-repair', 'tools'),
        tile('can-computer', 'laptop'),
        tile('can-numbers', 'abacus'),
        tile('can-care', 'heartHands'),
        tile('can-organise', 'clipboard'),
        tile('can-languages', 'peopleDialogue'),
      ],
      pipField: 'profile.skills',
    }),
    q('cv', { kind: 'yes-no-unsure', pictogram: 'document', simple: true, pipField: 'needs.work' }),
    q('obs-work', {
      kind: 'yes-no-unsure',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      pipField: 'perspective.work',
    }),
  ],
};

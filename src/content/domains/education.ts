// Domain "School and training": years at school, highest level by pictures, field, diplomas, recognition.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { FACES_GOOD_BAD } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('education', id, spec);

export const education: Domain = {
  id: 'education',
  titleKey: 'domain.education',
  pictogram: 'books',
  questions: [
    q('years', {
      kind: 'number',
      pictogram: 'school',
      simple: true,
      min: 0,
      max: 25,
      pipField: 'profile.education',
    }),
    q('level', {
      kind: 'single-tile',
      pictogram: 'student',
      simple: true,
      tiles: [
        tile('edu-none', 'no'),
        tile('edu-primary', 'school'),
        tile('edu-secondary', 'books'),
        tile('edu-vocational', 'tools'),
        tile('edu-university', 'graduationCap'),
      ],
      followUps: [
        {
          whenTiles: ['edu-secondary', 'edu-vocational', 'edu-university'],
          questionId: 'education.field',
        },
      ],
      pipField: 'profile.education',
    }),
    q('field', {
      kind: 'multi-tile',
      pictogram: 'books',
      tiles: [
        tile('field-technical', 'gear'),
        tile('field-care', 'healthWorker'),
        tile('field-business', 'officeWorker'),
        tile('field-teaching', 'teacher'),
        tile('field-computers', 'laptop'),
        tile('field-agriculture', 'sheafOfRice'),
      ],
      pipField: 'profile.education',
    }),
    q('last-year', {
      kind: 'year',
      pictogram: 'later',
      min: 1950,
      max: 2026,
      pipField: 'profile.education',
    }),
    q('diploma', {
      kind: 'yes-no-unsure',
      pictogram: 'diploma',
      followUps: [
        { whenTiles: ['yes'], questionId: 'education.diploma-papers' },
        { whenTiles: ['yes'], questionId: 'education.recognition' },
      ],
      pipField: 'profile.diplomas',
    }),
    q('diploma-papers', {
      kind: 'single-tile',
      pictogram: 'document',
      simple: true,
      tiles: [
        tile('papers-here', 'document'),
        tile('papers-photo', 'mobilePhone'),
        tile('papers-abroad', 'globe'),
        tile('papers-lost', 'search'),
      ],
      pipField: 'profile.diplomas',
    }),
    q('recognition', {
      kind: 'yes-no-unsure',
      pictogram: 'diploma',
      simple: true,
      pipField: 'needs.diplomaRecognition',
    }),
    q('courses', {
      kind: 'yes-no-unsure',
      pictogram: 'pencil',
      simple: true,
      pipField: 'profile.education',
    }),
    q('liked', {
      kind: 'faces-scale',
      pictogram: 'school',
      tiles: FACES_GOOD_BAD,
      pipField: 'profile.learning',
    }),
    // A respectful first signal (e.g. of LVB) for the consultant; never shown as a judgement.
    q('obs-learning', {
      kind: 'yes-no-unsure',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      sensitivity: 'sensitive',
      pipField: 'profile.learning',
    }),
  ],
};

// Domain "My future": ambitions asked only as concrete choices — kinds of work to try, study,
// a proefdag, what comes first — plus one drawing of a dream job ("blijf dromen").
// Never open questions such as "what do you want?" or "where do you see yourself in five years?".
import { question, tile } from '../build';
import type { Domain } from '../types';
import { JOBS_HANDS, JOBS_MORE, JOBS_PEOPLE } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('future', id, spec);

export const future: Domain = {
  id: 'future',
  titleKey: 'domain.future',
  pictogram: 'future',
  questions: [
    q('first', {
      kind: 'single-tile',
      pictogram: 'future',
      simple: true,
      tiles: [
        tile('first-dutch', 'peopleDialogue'),
        tile('first-work', 'briefcase'),
        tile('first-study', 'graduationCap'),
        tile('first-family', 'family'),
        tile('first-health', 'health'),
      ],
      pipField: 'perspective.priority',
    }),
    q('try-hands', {
      kind: 'multi-tile',
      pictogram: 'tools',
      simple: true,
      tiles: JOBS_HANDS,
      pipField: 'perspective.work',
    }),
    q('try-people', {
      kind: 'multi-tile',
      pictogram: 'people',
      tiles: JOBS_PEOPLE,
      pipField: 'perspective.work',
    }),
    q('try-more', {
      kind: 'multi-tile',
      pictogram: 'briefcase',
      tiles: JOBS_MORE,
      followUps: [{ whenTiles: ['job-other'], questionId: 'future.other-work' }],
      pipField: 'perspective.work',
    }),
    q('other-work', { kind: 'own-words', pictogram: 'work', pipField: 'perspective.work' }),
    q('same-work', {
      kind: 'single-tile',
      pictogram: 'repeat',
      tiles: [
        tile('same-work', 'repeat'),
        tile('new-work', 'sparkles'),
        tile('both-fine', 'thumbsUp'),
      ],
      pipField: 'perspective.work',
    }),
    q('setting', {
      kind: 'multi-tile',
      pictogram: 'work',
      simple: true,
      tiles: [
        tile('setting-outside', 'tree'),
        tile('setting-inside', 'office'),
        tile('setting-people', 'peopleHoldingHands'),
        tile('setting-hands', 'tools'),
        tile('setting-machines', 'gear'),
        tile('setting-computer', 'laptop'),
      ],
      pipField: 'perspective.work',
    }),
    q('hours', {
      kind: 'single-tile',
      pictogram: 'alarmClock',
      simple: true,
      tiles: [
        tile('hours-not-yet', 'later'),
        tile('hours-few', 'aLittle'),
        tile('hours-part', 'halfCircle'),
        tile('hours-full', 'fullCircle'),
      ],
      pipField: 'perspective.availability',
    }),
    q('study', {
      kind: 'yes-no-unsure',
      pictogram: 'graduationCap',
      followUps: [{ whenTiles: ['yes'], questionId: 'future.study-kind' }],
      pipField: 'perspective.study',
    }),
    q('study-kind', {
      kind: 'multi-tile',
      pictogram: 'books',
      simple: true,
      tiles: [
        tile('study-course', 'pencil'),
        tile('edu-vocational', 'tools'),
        tile('edu-university', 'graduationCap'),
        tile('study-finish', 'diploma'),
      ],
      pipField: 'perspective.study',
    }),
    q('proefdag', {
      kind: 'yes-no-unsure',
      pictogram: 'door',
      simple: true,
      pipField: 'perspective.proefdag',
    }),
    q('volunteer', {
      kind: 'yes-no-unsure',
      pictogram: 'heartHands',
      simple: true,
      pipField: 'perspective.volunteering',
    }),
    q('visit', {
      kind: 'multi-tile',
      pictogram: 'walking',
      simple: true,
      tiles: [
        tile('visit-school', 'school'),
        tile('visit-company', 'factory'),
        tile('visit-volunteer', 'heartHands'),
        tile('visit-library', 'books'),
      ],
      pipField: 'perspective.orientation',
    }),
    q('dream-job', {
      kind: 'drawing',
      pictogram: 'shootingStar',
      simple: true,
      pipField: 'perspective.dream',
    }),
    q('obs-route', {
      kind: 'single-tile',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      tiles: [
        tile('route-b1', 'peopleDialogue'),
        tile('route-onderwijs', 'graduationCap'),
        tile('route-z', 'home'),
        tile('unsure', 'unsure'),
      ],
      pipField: 'perspective.leerroute',
    }),
  ],
};

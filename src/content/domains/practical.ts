// Domain "Arranging things": phone, internet, digital skills (e-mail, DigiD, apps), letters,
// appointments, groceries, a huisarts, and who looks after the children during lessons.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { SELF_RELIANCE } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('practical', id, spec);

export const practical: Domain = {
  id: 'practical',
  titleKey: 'domain.practical',
  pictogram: 'mailbox',
  questions: [
    q('smartphone', {
      kind: 'yes-no-unsure',
      pictogram: 'mobilePhone',
      pipField: 'profile.digital',
    }),
    q('internet', { kind: 'yes-no-unsure', pictogram: 'wifi', pipField: 'needs.digital' }),
    q('computer', { kind: 'yes-no-unsure', pictogram: 'laptop', pipField: 'needs.digital' }),
    q('digital', {
      kind: 'multi-tile',
      pictogram: 'mobilePhone',
      simple: true,
      tiles: [
        tile('digital-messages', 'conversation'),
        tile('digital-video', 'videoCamera'),
        tile('digital-email', 'envelope'),
        tile('digital-apps', 'phoneDownload'),
        tile('digital-digid', 'key'),
        tile('digital-banking', 'creditCard'),
      ],
      pipField: 'profile.digital',
    }),
    q('digid', { kind: 'yes-no-unsure', pictogram: 'key', simple: true, pipField: 'needs.digid' }),
    q('email', { kind: 'yes-no-unsure', pictogram: 'envelope', pipField: 'profile.digital' }),
    q('letters', {
      kind: 'single-tile',
      pictogram: 'mailbox',
      simple: true,
      tiles: SELF_RELIANCE,
      pipField: 'needs.post',
    }),
    q('appointments', {
      kind: 'single-tile',
      pictogram: 'alarmClock',
      tiles: SELF_RELIANCE,
      pipField: 'profile.selfReliance',
    }),
    q('groceries', {
      kind: 'single-tile',
      pictogram: 'shoppingCart',
      tiles: SELF_RELIANCE,
      pipField: 'profile.selfReliance',
    }),
    q('huisarts', {
      kind: 'yes-no-unsure',
      pictogram: 'healthWorker',
      simple: true,
      followUps: [{ whenTiles: ['no', 'unsure'], questionId: 'practical.huisarts-help' }],
      pipField: 'needs.huisarts',
    }),
    q('huisarts-help', {
      kind: 'yes-no-unsure',
      pictogram: 'handshake',
      pipField: 'needs.huisarts',
    }),
    q('childcare-lessons', {
      kind: 'single-tile',
      pictogram: 'childcare',
      simple: true,
      tiles: [
        tile('my-partner', 'couple'),
        tile('family-friends', 'peopleHoldingHands'),
        tile('care-kinderopvang', 'childcare'),
        tile('nobody', 'personAlone'),
        tile('no-young-children', 'no'),
      ],
      pipField: 'needs.kinderopvang',
    }),
    q('obs-digital', {
      kind: 'yes-no-unsure',
      pictogram: 'clipboard',
      answeredBy: 'consultant',
      pipField: 'needs.digital',
    }),
  ],
};

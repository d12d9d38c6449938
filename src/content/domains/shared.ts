// Tile sets shared by several domains. A tile id always has one label (`tile.<id>`), so a set
// that appears in two questions is written, translated and recorded once.
import { tile } from '../build';
import type { Tile } from '../types';

/** A faces scale for "how is …?" questions where "I am worried" does not fit as the low end. */
export const FACES_GOOD_BAD: Tile[] = [
  tile('face-good', 'faceGood'),
  tile('face-neutral', 'faceNeutral'),
  tile('face-bad', 'faceBad'),
];

/** How well someone can do something: well / a little / no. */
export const SKILL_LEVEL: Tile[] = [
  tile('skill-well', 'thumbsUp'),
  tile('skill-little', 'aLittle'),
  tile('no', 'no'),
];

/** Self-reliance: does it alone, with help, or not yet. */
export const SELF_RELIANCE: Tile[] = [
  tile('self-yes', 'thumbsUp'),
  tile('self-help', 'handshake'),
  tile('not-yet', 'later'),
];

// Kinds of work, in three sets of at most six tiles. The work domain asks which were done,
// the future domain which the person would like to try; the same tiles keep answers comparable.
export const JOBS_HANDS: Tile[] = [
  tile('job-farming', 'farmer'),
  tile('job-building', 'constructionWorker'),
  tile('job-driving', 'lorry'),
  tile('job-mechanic', 'mechanic'),
  tile('job-factory', 'factoryWorker'),
  tile('job-cleaning', 'broom'),
];

export const JOBS_PEOPLE: Tile[] = [
  tile('job-shop', 'shoppingBags'),
  tile('job-cooking', 'cook'),
  tile('job-care', 'careWorker'),
  tile('job-teaching', 'teacher'),
  tile('job-hairdresser', 'hairdresser'),
];

export const JOBS_MORE: Tile[] = [
  tile('job-office', 'officeWorker'),
  tile('job-computer', 'technologist'),
  tile('job-tailoring', 'sewingNeedle'),
  tile('job-carpentry', 'carpentrySaw'),
  tile('job-other', 'add'),
];

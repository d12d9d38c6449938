// The facts the leerroute advice weighs, read from the intake's answers (the latest answer per question over
// all conversations) and the case profile; the leerbaarheidstoets is recorded apart and passed in.
import type { LeerbaarheidResult } from '../content/pip/leerroutes';
import type { LeerrouteFacts } from './leerrouteAdvice';
import type { Answer, CaseSnapshot } from './types';

/** The latest answer to a question over every conversation of the case; a flag alone says nothing. */
const latestAnswer = (snapshot: CaseSnapshot, questionId: string): Answer | undefined => {
  let latest: Answer | undefined;
  for (const conversation of snapshot.conversations) {
    const answer = conversation.answers[questionId];
    if (answer?.value && (!latest || answer.at > latest.at)) latest = answer;
  }
  return latest;
};

const tileOf = (snapshot: CaseSnapshot, questionId: string): string | undefined => {
  const value = latestAnswer(snapshot, questionId)?.value;
  return value?.kind === 'tiles' ? value.tileIds[0] : undefined;
};

const yesNo = (tile: string | undefined): boolean | undefined =>
  tile === 'yes' ? true : tile === 'no' ? false : undefined;

const READS: Record<string, LeerrouteFacts['readsOwnLanguage']> = {
  'skill-well': 'well',
  'skill-little': 'a-little',
  no: 'no',
};
const LEVELS: Record<string, LeerrouteFacts['educationLevel']> = {
  'edu-none': 'none',
  'edu-primary': 'primary',
  'edu-secondary': 'secondary',
  'edu-vocational': 'vocational',
  'edu-university': 'university',
};

export const leerrouteFacts = (
  snapshot: CaseSnapshot,
  now: string,
  leerbaarheid?: LeerbaarheidResult,
): LeerrouteFacts => {
  const years = latestAnswer(snapshot, 'education.years')?.value;
  const birthYear = snapshot.profile.birthYear;
  return {
    leerbaarheid,
    readsOwnLanguage: READS[tileOf(snapshot, 'languages.read-own') ?? ''],
    knowsLatinAlphabet: yesNo(tileOf(snapshot, 'languages.latin')),
    schoolYears: years?.kind === 'number' ? years.value : undefined,
    educationLevel: LEVELS[tileOf(snapshot, 'education.level') ?? ''],
    // The age he turns this year: a birth year is what the intake asks.
    age: birthYear ? new Date(now).getUTCFullYear() - birthYear : undefined,
    wantsToStudy: yesNo(tileOf(snapshot, 'future.study')),
  };
};

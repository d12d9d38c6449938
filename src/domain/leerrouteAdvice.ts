// Leerroute advice: from the leerbaarheidstoets, literacy, schooling, age and goals to an advised route, with
// every reason that led there. Pure; the consultant decides and records why when she chooses otherwise.
import {
  LEERROUTE_THRESHOLDS,
  type LeerbaarheidResult,
  type Leerroute,
} from '../content/pip/leerroutes';

/** What the intake knows that bears on the route; anything may still be unknown. */
export interface LeerrouteFacts {
  /** Result of the leerbaarheidstoets, when it has been done. */
  leerbaarheid?: LeerbaarheidResult;
  /** Reads in his own language (languages.read-own). */
  readsOwnLanguage?: 'well' | 'a-little' | 'no';
  /** Knows the Latin alphabet (languages.latin). */
  knowsLatinAlphabet?: boolean;
  /** Years of school (education.years). */
  schoolYears?: number;
  /** Highest schooling (education.level). */
  educationLevel?: 'none' | 'primary' | 'secondary' | 'vocational' | 'university';
  age?: number;
  /** Wants to study in the Netherlands (future.study). */
  wantsToStudy?: boolean;
}

/** Why the advice is what it is; each code has a sentence in the consultant's language (pip.reason.*). */
export type LeerrouteReason =
  | { code: 'leerbaarheid-missing' }
  | { code: 'leerbaarheid'; result: LeerbaarheidResult }
  | { code: 'young-wants-study'; age: number; maxAge: number }
  | {
      code: 'schooling-for-study';
      schoolYears?: number;
      educationLevel?: LeerrouteFacts['educationLevel'];
    }
  | { code: 'too-old-for-onderwijs'; age: number; maxAge: number }
  | { code: 'no-schooling-basis' }
  | { code: 'literacy-first'; schoolYears?: number }
  | { code: 'latin-alphabet-new' }
  | { code: 'default-b1' };

export interface LeerrouteAdvice {
  route: Leerroute;
  /** True while the leerbaarheidstoets is missing: the advice may change once it is done. */
  provisional: boolean;
  /** Within the B1-route: the test lies on the border, so check early whether B1 stays reachable (afschalen). */
  watchAfschalen: boolean;
  reasons: LeerrouteReason[];
}

const hasSchoolingForStudy = (f: LeerrouteFacts): boolean =>
  f.educationLevel === 'secondary' ||
  f.educationLevel === 'vocational' ||
  f.educationLevel === 'university' ||
  (f.schoolYears ?? 0) >= LEERROUTE_THRESHOLDS.onderwijsSchoolYears.value;

const needsLiteracyFirst = (f: LeerrouteFacts): boolean =>
  f.readsOwnLanguage === 'no' && (f.schoolYears ?? 0) < LEERROUTE_THRESHOLDS.fewSchoolYears.value;

export const adviseLeerroute = (facts: LeerrouteFacts): LeerrouteAdvice => {
  const reasons: LeerrouteReason[] = [];
  const provisional = facts.leerbaarheid === undefined;
  reasons.push(
    provisional
      ? { code: 'leerbaarheid-missing' }
      : { code: 'leerbaarheid', result: facts.leerbaarheid! },
  );
  const advice = (route: Leerroute, watchAfschalen = false): LeerrouteAdvice => ({
    route,
    provisional,
    watchAfschalen,
    reasons,
  });

  // The test says B1 is out of reach: the Z-route, whatever else is known.
  if (facts.leerbaarheid === 'b1-niet-haalbaar') return advice('z');

  // Young, wants to study, and has the schooling for it: the onderwijsroute.
  const maxAge = LEERROUTE_THRESHOLDS.onderwijsMaxAge.value;
  if (facts.wantsToStudy && facts.age !== undefined) {
    if (facts.age > maxAge) {
      reasons.push({ code: 'too-old-for-onderwijs', age: facts.age, maxAge });
    } else if (hasSchoolingForStudy(facts)) {
      reasons.push({ code: 'young-wants-study', age: facts.age, maxAge });
      reasons.push({
        code: 'schooling-for-study',
        schoolYears: facts.schoolYears,
        educationLevel: facts.educationLevel,
      });
      return advice('onderwijs');
    } else {
      reasons.push({ code: 'no-schooling-basis' });
    }
  }

  // Without the test, little schooling and no reading in the own language point to the Z-route for now.
  if (provisional && needsLiteracyFirst(facts)) {
    reasons.push({ code: 'literacy-first', schoolYears: facts.schoolYears });
    if (facts.knowsLatinAlphabet === false) reasons.push({ code: 'latin-alphabet-new' });
    return advice('z');
  }

  if (facts.knowsLatinAlphabet === false) reasons.push({ code: 'latin-alphabet-new' });
  reasons.push({ code: 'default-b1' });
  return advice('b1', facts.leerbaarheid === 'grensgebied');
};

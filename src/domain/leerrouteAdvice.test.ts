// Every path of the leerroute advice, with the reasons it gives.
import { describe, expect, it } from 'vitest';
import { LEERROUTE_THRESHOLDS } from '../content/pip/leerroutes';
import { adviseLeerroute } from './leerrouteAdvice';

const codes = (advice: ReturnType<typeof adviseLeerroute>) => advice.reasons.map((r) => r.code);
const MAX_AGE = LEERROUTE_THRESHOLDS.onderwijsMaxAge.value;

describe('adviseLeerroute', () => {
  it('advises the Z-route when the leerbaarheidstoets says B1 is out of reach, even for a young student', () => {
    const advice = adviseLeerroute({
      leerbaarheid: 'b1-niet-haalbaar',
      age: 20,
      wantsToStudy: true,
      educationLevel: 'university',
    });
    expect(advice).toMatchObject({ route: 'z', provisional: false, watchAfschalen: false });
    expect(codes(advice)).toEqual(['leerbaarheid']);
  });

  it('advises the onderwijsroute for someone young who wants to study and has the schooling', () => {
    const advice = adviseLeerroute({
      leerbaarheid: 'b1-haalbaar',
      age: 22,
      wantsToStudy: true,
      educationLevel: 'secondary',
    });
    expect(advice.route).toBe('onderwijs');
    expect(advice.reasons).toContainEqual({ code: 'young-wants-study', age: 22, maxAge: MAX_AGE });
    expect(codes(advice)).toEqual(['leerbaarheid', 'young-wants-study', 'schooling-for-study']);
  });

  it('counts enough school years as schooling for study, and the age limit itself as young', () => {
    const years = LEERROUTE_THRESHOLDS.onderwijsSchoolYears.value;
    expect(
      adviseLeerroute({
        leerbaarheid: 'b1-haalbaar',
        age: MAX_AGE,
        wantsToStudy: true,
        schoolYears: years,
      }).route,
    ).toBe('onderwijs');
    expect(
      adviseLeerroute({
        leerbaarheid: 'b1-haalbaar',
        age: MAX_AGE,
        wantsToStudy: true,
        schoolYears: years - 1,
      }).route,
    ).toBe('b1');
  });

  it('says why not the onderwijsroute when he is older than its age', () => {
    const advice = adviseLeerroute({
      leerbaarheid: 'b1-haalbaar',
      age: MAX_AGE + 1,
      wantsToStudy: true,
      educationLevel: 'university',
    });
    expect(advice.route).toBe('b1');
    expect(advice.reasons).toContainEqual({
      code: 'too-old-for-onderwijs',
      age: MAX_AGE + 1,
      maxAge: MAX_AGE,
    });
  });

  it('says why not the onderwijsroute when the schooling is missing', () => {
    const advice = adviseLeerroute({
      leerbaarheid: 'b1-haalbaar',
      age: 19,
      wantsToStudy: true,
      educationLevel: 'primary',
      schoolYears: 6,
    });
    expect(advice.route).toBe('b1');
    expect(codes(advice)).toEqual(['leerbaarheid', 'no-schooling-basis', 'default-b1']);
  });

  it('does not weigh study when he does not want it or his age is unknown', () => {
    expect(
      codes(
        adviseLeerroute({
          leerbaarheid: 'b1-haalbaar',
          age: 20,
          wantsToStudy: false,
          educationLevel: 'university',
        }),
      ),
    ).toEqual(['leerbaarheid', 'default-b1']);
    expect(
      adviseLeerroute({
        leerbaarheid: 'b1-haalbaar',
        wantsToStudy: true,
        educationLevel: 'university',
      }).route,
    ).toBe('b1');
  });

  it('advises B1 and to watch for afschalen when the test lies on the border', () => {
    expect(adviseLeerroute({ leerbaarheid: 'grensgebied' })).toMatchObject({
      route: 'b1',
      watchAfschalen: true,
      provisional: false,
    });
  });

  it('advises B1 by default, noting a new alphabet', () => {
    const advice = adviseLeerroute({
      leerbaarheid: 'b1-haalbaar',
      knowsLatinAlphabet: false,
      readsOwnLanguage: 'well',
      schoolYears: 12,
    });
    expect(advice).toMatchObject({ route: 'b1', watchAfschalen: false });
    expect(codes(advice)).toEqual(['leerbaarheid', 'latin-alphabet-new', 'default-b1']);
  });

  it('without the test: little schooling and no reading in the own language point to the Z-route, provisionally', () => {
    const advice = adviseLeerroute({
      readsOwnLanguage: 'no',
      schoolYears: 1,
      knowsLatinAlphabet: false,
    });
    expect(advice).toMatchObject({ route: 'z', provisional: true });
    expect(codes(advice)).toEqual(['leerbaarheid-missing', 'literacy-first', 'latin-alphabet-new']);
  });

  it('with the test done, the test outweighs little schooling: B1 when it says B1 is reachable', () => {
    const advice = adviseLeerroute({
      leerbaarheid: 'b1-haalbaar',
      readsOwnLanguage: 'no',
      schoolYears: 1,
    });
    expect(advice.route).toBe('b1');
  });

  it('without the test and with enough to go on for B1: B1, provisionally', () => {
    const advice = adviseLeerroute({ readsOwnLanguage: 'well', schoolYears: 8 });
    expect(advice).toMatchObject({ route: 'b1', provisional: true, watchAfschalen: false });
    expect(codes(advice)).toEqual(['leerbaarheid-missing', 'default-b1']);
  });

  it('without the test, reading a little counts as reading: B1, provisionally', () => {
    expect(adviseLeerroute({ readsOwnLanguage: 'a-little', schoolYears: 2 }).route).toBe('b1');
  });
});

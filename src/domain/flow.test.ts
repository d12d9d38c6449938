// Tests of the question flow: follow-ups, skipping what is done, and "later" coming back.
import { describe, expect, it } from 'vitest';
import { question, tile } from '../content/build';
import type { Domain } from '../content/types';
import { domainProgress, nextQuestionId, visibleQuestions } from './flow';
import type { Answer } from './types';

const domain: Domain = {
  id: 'd',
  titleKey: 'domain.d',
  pictogram: 'family',
  questions: [
    question('d', 'kids', {
      kind: 'yes-no-unsure',
      pictogram: 'child',
      followUps: [{ whenTiles: ['yes'], questionId: 'd.count' }],
    }),
    question('d', 'count', { kind: 'number', pictogram: 'child' }),
    question('d', 'home', { kind: 'single-tile', pictogram: 'home', tiles: [tile('a', 'home')] }),
  ],
};
const answer = (questionId: string, extra: Partial<Answer>): Answer => ({
  questionId,
  language: 'ar',
  answeredBy: 'inburgeraar',
  at: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('flow', () => {
  it('hides a follow-up until its trigger is answered', () => {
    expect(visibleQuestions(domain, {}).map((q) => q.id)).toEqual(['d.kids', 'd.home']);
    const answers = { 'd.kids': answer('d.kids', { value: { kind: 'tiles', tileIds: ['yes'] } }) };
    expect(visibleQuestions(domain, answers).map((q) => q.id)).toEqual([
      'd.kids',
      'd.count',
      'd.home',
    ]);
    expect(nextQuestionId(domain, answers, 'd.kids')).toBe('d.count');
  });

  it('skips done questions and brings back the ones put off with "later"', () => {
    const answers = {
      'd.kids': answer('d.kids', { flag: 'later' }),
      'd.home': answer('d.home', { value: { kind: 'tiles', tileIds: ['a'] } }),
    };
    expect(nextQuestionId(domain, answers, 'd.home')).toBe('d.kids');
    expect(domainProgress(domain, answers)).toEqual({ done: 1, total: 2 });
  });

  it('keeps a question that was not understood open', () => {
    const answers = {
      'd.kids': answer('d.kids', { flag: 'not-understood' }),
      'd.home': answer('d.home', { value: { kind: 'tiles', tileIds: ['a'] } }),
    };
    expect(nextQuestionId(domain, answers, 'd.home')).toBe('d.kids');
  });

  it("leaves the consultant's observation questions out of the inburgeraar's flow", () => {
    const withObservation: Domain = {
      ...domain,
      questions: [
        ...domain.questions,
        question('d', 'observed', {
          kind: 'yes-no-unsure',
          pictogram: 'child',
          answeredBy: 'consultant',
        }),
      ],
    };
    expect(visibleQuestions(withObservation, {}).map((q) => q.id)).toEqual(['d.kids', 'd.home']);
    expect(
      visibleQuestions(withObservation, {}, { audience: 'consultant' }).map((q) => q.id),
    ).toContain('d.observed');
  });

  it('leaves sensitive questions out when the consultant chose so', () => {
    const withSensitive: Domain = {
      ...domain,
      questions: [
        ...domain.questions,
        question('d', 'mood', {
          kind: 'faces-scale',
          pictogram: 'child',
          sensitivity: 'sensitive',
        }),
      ],
    };
    expect(visibleQuestions(withSensitive, {}).map((q) => q.id)).toContain('d.mood');
    expect(visibleQuestions(withSensitive, {}, { hideSensitive: true }).map((q) => q.id)).toEqual([
      'd.kids',
      'd.home',
    ]);
  });

  it('returns nothing when every visible question is done', () => {
    const answers = {
      'd.kids': answer('d.kids', { value: { kind: 'tiles', tileIds: ['no'] } }),
      'd.home': answer('d.home', { flag: 'prefer-not' }),
    };
    expect(nextQuestionId(domain, answers)).toBeUndefined();
  });
});

// Tests of the grouping of answers for the consultant's overview.
import { describe, expect, it } from 'vitest';
import { groupAnswers, isFlagOnly } from './answerView';
import type { Answer } from './types';

const a = (questionId: string, rest: Partial<Answer>): Answer => ({
  questionId,
  language: 'ar',
  answeredBy: 'inburgeraar',
  at: '2026-12-04T10:00:00Z',
  ...rest,
});

describe('groupAnswers', () => {
  it('sets flag-only answers apart per flag, in question order, and keeps what was said', () => {
    const answers = {
      q1: a('q1', { value: { kind: 'number', value: 2 } }),
      q2: a('q2', { flag: 'not-understood' }),
      q3: a('q3', { flag: 'dont-know' }),
      q4: a('q4', { flag: 'not-understood', ownWords: 'misschien' }),
      q5: a('q5', { flag: 'not-understood' }),
    };
    expect(isFlagOnly(answers.q4)).toBe(false);
    expect(groupAnswers(['q5', 'q4', 'q3', 'q2', 'q1'], answers, {})).toEqual({
      said: ['q4', 'q1'],
      flagged: { 'not-understood': ['q5', 'q2'], 'dont-know': ['q3'] },
    });
  });

  it('keeps a flag that conflicts with another answer among what was said, so the choice is seen', () => {
    const answers = { q1: a('q1', { flag: 'later' }) };
    expect(
      groupAnswers(['q1'], answers, {
        q1: [answers.q1, a('q1', { value: { kind: 'number', value: 1 } })],
      }),
    ).toEqual({ said: ['q1'], flagged: {} });
  });
});

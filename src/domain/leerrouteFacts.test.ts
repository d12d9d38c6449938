// The route facts come from the intake's answers: the latest answer per question over the conversations.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from './answers';
import { readCase } from './caseDoc';
import { createCase, startConversation } from './commands';
import { adviseLeerroute } from './leerrouteAdvice';
import { leerrouteFacts } from './leerrouteFacts';
import type { AnswerValue } from './types';

const NOW = '2026-12-04T10:00:00.000Z';

const intake = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Amina', language: 'ar', birthYear: 2004, now: NOW });
  startConversation(doc, {
    id: 'a',
    type: 'intake-a',
    language: 'ar',
    now: '2026-11-01T10:00:00.000Z',
  });
  startConversation(doc, {
    id: 'b',
    type: 'intake-b',
    language: 'ar',
    now: '2026-11-20T10:00:00.000Z',
  });
  const give = (conversationId: string, questionId: string, value: AnswerValue, at: string) =>
    answerQuestion(doc, {
      conversationId,
      questionId,
      value,
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: at,
    });
  const tiles = (...tileIds: string[]): AnswerValue => ({ kind: 'tiles', tileIds });
  return { doc, give, tiles };
};

describe('leerrouteFacts', () => {
  it('reads literacy, schooling, age and the wish to study from the latest answers', () => {
    const { doc, give, tiles } = intake();
    give('a', 'languages.read-own', tiles('skill-little'), '2026-11-01T10:05:00.000Z');
    // A later conversation answers it again: the latest counts.
    give('b', 'languages.read-own', tiles('skill-well'), '2026-11-20T10:05:00.000Z');
    give('a', 'languages.latin', tiles('yes'), '2026-11-01T10:06:00.000Z');
    give('a', 'education.years', { kind: 'number', value: 12 }, '2026-11-01T10:07:00.000Z');
    give('a', 'education.level', tiles('edu-secondary'), '2026-11-01T10:08:00.000Z');
    give('b', 'future.study', tiles('yes'), '2026-11-20T10:09:00.000Z');
    const facts = leerrouteFacts(readCase(doc), NOW, 'b1-haalbaar');
    expect(facts).toEqual({
      leerbaarheid: 'b1-haalbaar',
      readsOwnLanguage: 'well',
      knowsLatinAlphabet: true,
      schoolYears: 12,
      educationLevel: 'secondary',
      age: 22,
      wantsToStudy: true,
    });
    expect(adviseLeerroute(facts).route).toBe('onderwijs');
  });

  it('leaves unknown what was not answered, or only flagged', () => {
    const { doc } = intake();
    answerQuestion(doc, {
      conversationId: 'a',
      questionId: 'future.study',
      flag: 'dont-know',
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: NOW,
    });
    const facts = leerrouteFacts(readCase(doc), NOW);
    expect(facts.wantsToStudy).toBeUndefined();
    expect(facts.readsOwnLanguage).toBeUndefined();
    expect(adviseLeerroute(facts)).toMatchObject({ route: 'b1', provisional: true });
  });
});

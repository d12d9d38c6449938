// Tests of the case summary that feeds the case list.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCase, setRegistrationDate, startConversation } from './commands';
import { answerQuestion } from './answers';
import { summarizeCase } from './summary';
import { decideLeerroute } from './pip/leerroute';
import { signFirstVersion } from './pip/testing/signFirstVersion';

describe('summarizeCase', () => {
  it('counts conversations and answers and dates the PIP from the first conversation', () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c1', name: 'Samira', language: 'ar', now: '2026-01-01T00:00:00.000Z' });
    startConversation(doc, {
      id: 'v1',
      type: 'intake-a',
      language: 'ar',
      now: '2026-01-08T00:00:00.000Z',
    });
    answerQuestion(doc, {
      conversationId: 'v1',
      questionId: 'q1',
      flag: 'later',
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: '2026-01-08T00:00:00.000Z',
    });
    answerQuestion(doc, {
      conversationId: 'v1',
      questionId: 'q2',
      flag: 'later',
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: '2026-01-08T00:00:00.000Z',
    });
    expect(summarizeCase(doc, '2026-01-09T00:00:00.000Z')).toEqual({
      id: 'c1',
      name: 'Samira',
      language: 'ar',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-09T00:00:00.000Z',
      conversationCount: 1,
      answerCount: 2,
      conflictCount: 0,
      lastConversationType: 'intake-a',
      pipDeadline: '2026-03-19T00:00:00.000Z',
      pipDeadlineEstimated: true,
    });
  });

  it('dates the PIP from the registration in the municipality once it is known', () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c2', name: 'Yonas', language: 'ti', now: '2026-01-20T00:00:00.000Z' });
    startConversation(doc, {
      id: 'v1',
      type: 'intake-a',
      language: 'ti',
      now: '2026-01-20T00:00:00.000Z',
    });
    setRegistrationDate(doc, { date: '2026-01-01' });
    const summary = summarizeCase(doc, '2026-01-21T00:00:00.000Z');
    expect(summary.pipDeadline).toBe('2026-03-12T00:00:00.000Z');
    expect(summary.pipDeadlineEstimated).toBeUndefined();
    expect(() => setRegistrationDate(doc, { date: '1-1-2026' })).toThrowError(
      expect.objectContaining({ code: 'registration-date-invalid' }),
    );
  });

  it('dates the PIP deadline from the update time when the doc has no creation time yet', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('id', 'partial');
    expect(summarizeCase(doc, '2026-01-01T00:00:00.000Z').pipDeadline).toBe(
      '2026-03-12T00:00:00.000Z',
    );
  });

  it('once the PIP is vastgesteld, the list knows it and the three-year term that runs from it', async () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c3', name: 'Amina', language: 'ar', now: '2026-09-01T00:00:00.000Z' });
    setRegistrationDate(doc, { date: '2026-09-01' });
    expect(summarizeCase(doc, '2026-10-01T00:00:00.000Z').pipVastgesteldAt).toBeUndefined();
    decideLeerroute(doc, { route: 'b1', advised: 'b1', now: '2026-10-20T10:00:00.000Z' });
    await signFirstVersion(doc, '2026-10-21T10:00:00.000Z');
    const summary = summarizeCase(doc, '2026-10-21T10:00:00.000Z');
    expect(summary.pipVastgesteldAt).toBe('2026-10-21T10:00:00.000Z');
    expect(summary.termijnEnd).toBe('2029-10-22T10:00:00.000Z');
    expect(summary.pipDeadline).toBe('2026-11-10T00:00:00.000Z');
  });
});

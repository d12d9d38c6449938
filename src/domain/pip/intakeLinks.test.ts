// The plan builder's view of the intake: the latest answer per question of a pipField, and the needs to agree on.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from '../answers';
import { readCase } from '../caseDoc';
import { createCase, startConversation } from '../commands';
import { DOMAINS } from '../../content/catalog';
import { answersForFields, needsToAgreeOn } from './intakeLinks';

const questionOf = (field: string, kind?: string) =>
  DOMAINS.flatMap((d) => d.questions).find(
    (q) => q.pipField === field && (!kind || q.kind === kind),
  )!;

describe('intake links', () => {
  it('shows the latest answer of the questions that feed a topic, marked private where he spoke alone', () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c', name: 'Samira', language: 'ar', now: '2026-11-01T09:00:00.000Z' });
    startConversation(doc, {
      id: 'a',
      type: 'intake-a',
      language: 'ar',
      now: '2026-11-01T09:00:00.000Z',
    });
    startConversation(doc, {
      id: 'b',
      type: 'intake-b',
      language: 'ar',
      now: '2026-11-08T09:00:00.000Z',
      private: true,
    });
    const q = questionOf('needs.kinderopvang', 'yes-no-unsure');
    answerQuestion(doc, {
      conversationId: 'a',
      questionId: q.id,
      value: { kind: 'tiles', tileIds: ['no'] },
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: '2026-11-01T10:00:00.000Z',
    });
    expect(needsToAgreeOn(readCase(doc)).map((n) => n.field)).not.toContain('needs.kinderopvang');
    answerQuestion(doc, {
      conversationId: 'b',
      questionId: q.id,
      value: { kind: 'tiles', tileIds: ['yes'] },
      language: 'ar',
      answeredBy: 'inburgeraar',
      now: '2026-11-08T10:00:00.000Z',
    });
    const links = answersForFields(readCase(doc), ['needs.kinderopvang']);
    expect(links.find((l) => l.question.id === q.id)).toMatchObject({
      private: true,
      answer: { value: { tileIds: ['yes'] } },
    });
    expect(needsToAgreeOn(readCase(doc))).toContainEqual({
      field: 'needs.kinderopvang',
      private: true,
    });
  });
});

// The back office's facts of a case: the PIP's state, languages, flags per question and language, ratings and
// teach-backs, read from one document.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from './answers';
import { caseFacts } from './caseFacts';
import { createCase, setRegistrationDate, startConversation } from './commands';
import { flagTranslation, recordFeedback } from './conversationEnd';
import { decideLeerroute } from './pip/leerroute';
import { signFirstVersion } from './pip/testing/signFirstVersion';

describe('caseFacts', () => {
  it('reads the PIP, languages, flags and ratings of a case', async () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c', name: 'Amina', language: 'ar', now: '2026-10-01T09:00:00.000Z' });
    setRegistrationDate(doc, { date: '2026-09-20' });
    startConversation(doc, {
      id: 'a',
      type: 'intake-a',
      language: 'ar',
      participants: { tolk: { language: 'ar' } },
      now: '2026-10-01T09:00:00.000Z',
    });
    startConversation(doc, {
      id: 'b',
      type: 'intake-b',
      language: 'ti',
      now: '2026-10-08T09:00:00.000Z',
    });
    const flag = (conversationId: string, questionId: string, language: string) =>
      answerQuestion(doc, {
        conversationId,
        questionId,
        flag: 'not-understood',
        language,
        answeredBy: 'inburgeraar',
        now: '2026-10-08T10:00:00.000Z',
      });
    flag('a', 'family.childcare', 'ar');
    flag('b', 'family.childcare', 'ti');
    flag('b', 'home.safe', 'ti');
    recordFeedback(doc, {
      conversationId: 'a',
      feedback: { clear: 'good', respectful: 'good', at: '2026-10-01T10:00:00.000Z' },
    });
    flagTranslation(doc, {
      id: 'tf',
      conversationId: 'b',
      textKey: 'content:tile.yes',
      language: 'ti',
      shownText: 'እወ',
      suggestion: 'እወ።',
      now: '2026-10-08T10:05:00.000Z',
    });
    decideLeerroute(doc, { route: 'b1', advised: 'b1', now: '2026-10-20T10:00:00.000Z' });
    await signFirstVersion(doc, '2026-10-21T10:00:00.000Z');
    const facts = caseFacts(doc, '2026-10-22T00:00:00.000Z');
    expect(facts).toMatchObject({
      registrationDate: '2026-09-20',
      leerroute: 'b1',
      pipVersionCount: 1,
      pipVastgesteldAt: '2026-10-21T10:00:00.000Z',
      pipLatestVersionAt: '2026-10-21T10:00:00.000Z',
      firstConversationAt: '2026-10-01T09:00:00.000Z',
      languages: ['ar', 'ti'],
      feedback: [
        {
          conversationId: 'a',
          language: 'ar',
          clear: 'good',
          respectful: 'good',
          at: '2026-10-01T10:00:00.000Z',
        },
      ],
      teachBack: [],
      translationFlags: [
        {
          id: 'tf',
          textKey: 'content:tile.yes',
          language: 'ti',
          shownText: 'እወ',
          suggestion: 'እወ።',
          at: '2026-10-08T10:05:00.000Z',
        },
      ],
    });
    expect(facts.summary.termijnEnd).toBe('2029-10-22T10:00:00.000Z');
    expect(facts.flags).toEqual(
      expect.arrayContaining([
        { questionId: 'family.childcare', language: 'ar', flag: 'not-understood', count: 1 },
        { questionId: 'family.childcare', language: 'ti', flag: 'not-understood', count: 1 },
        { questionId: 'home.safe', language: 'ti', flag: 'not-understood', count: 1 },
      ]),
    );
  });
});

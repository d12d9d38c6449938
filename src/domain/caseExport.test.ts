// Tests that the inzage export holds every part of the case document.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCase, startConversation } from './commands';
import { answerQuestion } from './answers';
import { flagTranslation } from './conversationEnd';
import { exportCase } from './caseExport';

describe('exportCase', () => {
  it('includes the case, the answers and every other shared type of the doc', () => {
    const doc = new Y.Doc();
    const now = '2026-11-23T10:00:00.000Z';
    createCase(doc, { id: 'c', name: 'Samira', language: 'ar', now });
    startConversation(doc, { id: 'v', type: 'intake-a', language: 'ar', now });
    answerQuestion(doc, {
      conversationId: 'v',
      questionId: 'family.partner',
      flag: 'prefer-not',
      language: 'ar',
      answeredBy: 'inburgeraar',
      now,
    });
    flagTranslation(doc, {
      id: 'f',
      conversationId: 'v',
      textKey: 'k',
      language: 'ar',
      shownText: 'x',
      now,
    });
    const result = exportCase(doc, now);
    expect(result.case.profile.name).toBe('Samira');
    expect(result.case.conversations[0]?.answers['family.partner']?.flag).toBe('prefer-not');
    expect(Object.keys(result.document)).toEqual([
      'answerEntries',
      'conversations',
      'meta',
      'notes',
      'profile',
      'tileMarks',
      'translationFlags',
    ]);

    // A copy that only received the update (never read its types) exports the same.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(exportCase(copy, now).document).toEqual(result.document);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

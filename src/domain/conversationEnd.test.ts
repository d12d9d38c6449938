// Tests of conversation feedback, ending a conversation and tolk flags on translations.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conversationsMap } from './schema';
import { createCase, startConversation } from './commands';
import {
  endConversation,
  flagTranslation,
  readFeedback,
  readTranslationFlags,
  recordFeedback,
} from './conversationEnd';

const NOW = '2026-11-23T10:00:00.000Z';
const setup = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c', name: 'A', language: 'ti', now: NOW });
  startConversation(doc, { id: 'v', type: 'intake-a', language: 'ti', now: NOW });
  return doc;
};

describe('conversation end', () => {
  it('stores the feedback faces and the end time on the conversation', () => {
    const doc = setup();
    recordFeedback(doc, {
      conversationId: 'v',
      feedback: { clear: 'good', respectful: 'good', length: 'bad', at: NOW },
    });
    endConversation(doc, { conversationId: 'v', now: NOW });
    expect(readFeedback(doc, 'v')).toEqual({
      clear: 'good',
      respectful: 'good',
      length: 'bad',
      at: NOW,
    });
    expect(conversationsMap(doc).get('v')?.get('endedAt')).toBe(NOW);
  });

  it('refuses feedback for an unknown conversation', () => {
    expect(() =>
      recordFeedback(setup(), { conversationId: 'x', feedback: { at: NOW } }),
    ).toThrowError(/No conversation/);
  });
});

describe('translation flags', () => {
  it('stores a flag with the sentence as shown and a trimmed suggestion', () => {
    const doc = setup();
    flagTranslation(doc, {
      id: 'f1',
      conversationId: 'v',
      textKey: 'content:question.family.partner.text',
      language: 'ti',
      shownText: 'ብጻይ ኣለካ ዶ?',
      suggestion: '  ሰብኣይ/ሰበይቲ ኣለካ ዶ? ',
      now: NOW,
    });
    expect(readTranslationFlags(doc)).toEqual([
      {
        id: 'f1',
        conversationId: 'v',
        textKey: 'content:question.family.partner.text',
        language: 'ti',
        shownText: 'ብጻይ ኣለካ ዶ?',
        suggestion: 'ሰብኣይ/ሰበይቲ ኣለካ ዶ?',
        at: NOW,
        status: 'open',
      },
    ]);
  });

  it('flags from two tablets both survive a merge', () => {
    const a = setup();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    flagTranslation(a, {
      id: 'fa',
      conversationId: 'v',
      textKey: 'k',
      language: 'ti',
      shownText: 'x',
      now: NOW,
    });
    flagTranslation(b, {
      id: 'fb',
      conversationId: 'v',
      textKey: 'k',
      language: 'ti',
      shownText: 'y',
      now: NOW,
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(
      readTranslationFlags(a)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['fa', 'fb']);
  });
});

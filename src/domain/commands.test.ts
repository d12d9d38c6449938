// Tests of the pure case commands: what they store, what they refuse, and convergence of two copies.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCase, readConversationById } from './caseDoc';
import { addNote, answerQuestion, clearAnswer, createCase, startConversation } from './commands';
import { DomainError } from './errors';

const NOW = '2026-11-23T10:00:00.000Z';

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: '  Amanuel Tesfaye ', language: 'ti', birthYear: 1994, now: NOW });
  startConversation(doc, { id: 'v1', type: 'intake-a', language: 'ti', now: NOW, participants: { tolk: { language: 'ti' } } });
  return doc;
};

describe('createCase', () => {
  it('stores the trimmed name, language, birth year and schema version', () => {
    const snap = readCase(newCase());
    expect(snap).toMatchObject({ id: 'c1', schemaVersion: 1, createdAt: NOW });
    expect(snap.profile).toEqual({ name: 'Amanuel Tesfaye', language: 'ti', birthYear: 1994 });
  });

  it('refuses an empty name and leaves the doc empty', () => {
    const doc = new Y.Doc();
    expect(() => createCase(doc, { id: 'c1', name: '   ', language: 'ar', now: NOW })).toThrow(DomainError);
    expect(readCase(doc).id).toBe('');
  });

  it('refuses to create a second case in the same doc', () => {
    const doc = newCase();
    expect(() => createCase(doc, { id: 'c2', name: 'X', language: 'ar', now: NOW })).toThrowError(/already/);
    expect(readCase(doc).profile.name).toBe('Amanuel Tesfaye');
  });
});

describe('answerQuestion', () => {
  it('stores tiles with language, who answered and time', () => {
    const doc = newCase();
    answerQuestion(doc, {
      conversationId: 'v1', questionId: 'family.partner', value: { kind: 'tiles', tileIds: ['married'] },
      language: 'ti', answeredBy: 'inburgeraar', now: NOW,
    });
    expect(readConversationById(doc, 'v1')?.answers['family.partner']).toEqual({
      questionId: 'family.partner', value: { kind: 'tiles', tileIds: ['married'] },
      language: 'ti', answeredBy: 'inburgeraar', at: NOW,
    });
  });

  it('stores a flag answer such as "I\'d rather not say" without a value', () => {
    const doc = newCase();
    answerQuestion(doc, { conversationId: 'v1', questionId: 'q', flag: 'prefer-not', value: { kind: 'tiles', tileIds: [] }, language: 'ti', answeredBy: 'inburgeraar', now: NOW });
    const answer = readConversationById(doc, 'v1')?.answers['q'];
    expect(answer?.flag).toBe('prefer-not');
    expect(answer?.value).toBeUndefined();
  });

  it('replaces an earlier answer to the same question', () => {
    const doc = newCase();
    const base = { conversationId: 'v1', questionId: 'q', language: 'ti', answeredBy: 'inburgeraar' as const, now: NOW };
    answerQuestion(doc, { ...base, value: { kind: 'number', value: 2 } });
    answerQuestion(doc, { ...base, value: { kind: 'number', value: 3 } });
    expect(readConversationById(doc, 'v1')?.answers['q']?.value).toEqual({ kind: 'number', value: 3 });
  });

  it('refuses an empty answer and keeps the earlier one', () => {
    const doc = newCase();
    const base = { conversationId: 'v1', questionId: 'q', language: 'ti', answeredBy: 'inburgeraar' as const, now: NOW };
    answerQuestion(doc, { ...base, value: { kind: 'text', text: 'ok' } });
    expect(() => answerQuestion(doc, { ...base, value: { kind: 'text', text: '  ' } })).toThrowError(/needs a value/);
    expect(readConversationById(doc, 'v1')?.answers['q']?.value).toEqual({ kind: 'text', text: 'ok' });
  });

  it('refuses an unknown conversation', () => {
    const doc = newCase();
    expect(() => answerQuestion(doc, { conversationId: 'nope', questionId: 'q', flag: 'later', language: 'ti', answeredBy: 'inburgeraar', now: NOW }))
      .toThrowError(expect.objectContaining({ code: 'conversation-missing' }));
  });

  it('clearAnswer removes only that answer', () => {
    const doc = newCase();
    const base = { conversationId: 'v1', language: 'ti', answeredBy: 'inburgeraar' as const, now: NOW };
    answerQuestion(doc, { ...base, questionId: 'a', flag: 'later' });
    answerQuestion(doc, { ...base, questionId: 'b', flag: 'dont-know' });
    clearAnswer(doc, 'v1', 'a');
    expect(Object.keys(readConversationById(doc, 'v1')?.answers ?? {})).toEqual(['b']);
  });
});

describe('addNote', () => {
  it('appends trimmed notes in order and refuses empty text', () => {
    const doc = newCase();
    addNote(doc, { id: 'n1', text: ' eerste ', now: NOW });
    addNote(doc, { id: 'n2', text: 'tweede', author: 'Fenna', now: NOW });
    expect(() => addNote(doc, { id: 'n3', text: '', now: NOW })).toThrow(DomainError);
    expect(readCase(doc).notes.map((n) => n.text)).toEqual(['eerste', 'tweede']);
  });
});

describe('two tablets', () => {
  it('converge after answering the same and different questions offline', () => {
    const a = newCase();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const base = { conversationId: 'v1', language: 'ti', answeredBy: 'inburgeraar' as const, now: NOW };
    answerQuestion(a, { ...base, questionId: 'same', value: { kind: 'number', value: 1 } });
    answerQuestion(b, { ...base, questionId: 'same', value: { kind: 'number', value: 2 } });
    answerQuestion(a, { ...base, questionId: 'onlyA', flag: 'later' });
    answerQuestion(b, { ...base, questionId: 'onlyB', flag: 'later' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCase(a)).toEqual(readCase(b));
    expect(Object.keys(readConversationById(a, 'v1')?.answers ?? {}).sort()).toEqual(['onlyA', 'onlyB', 'same']);
  });
});

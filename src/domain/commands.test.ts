// Tests of the pure case commands: what they store, what they refuse, and convergence of two copies.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCase } from './caseDoc';
import { CURRENT_SCHEMA_VERSION, LOCAL_ORIGIN } from './schema';
import {
  addNote,
  createCase,
  setConversationLanguage,
  setRegistrationDate,
  startConversation,
} from './commands';
import { DomainError } from './errors';

const NOW = '2026-11-23T10:00:00.000Z';

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, {
    id: 'c1',
    name: '  Amanuel Tesfaye ',
    language: 'ti',
    birthYear: 1994,
    now: NOW,
  });
  startConversation(doc, {
    id: 'v1',
    type: 'intake-a',
    language: 'ti',
    now: NOW,
    participants: { tolk: { language: 'ti' } },
  });
  return doc;
};

describe('createCase', () => {
  it('stores the trimmed name, language, birth year and schema version', () => {
    const snap = readCase(newCase());
    expect(snap).toMatchObject({ id: 'c1', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: NOW });
    expect(snap.profile).toEqual({ name: 'Amanuel Tesfaye', language: 'ti', birthYear: 1994 });
  });

  it('refuses an empty name and leaves the doc empty', () => {
    const doc = new Y.Doc();
    expect(() => createCase(doc, { id: 'c1', name: '   ', language: 'ar', now: NOW })).toThrow(
      DomainError,
    );
    expect(readCase(doc).id).toBe('');
  });

  it('refuses to create a second case in the same doc', () => {
    const doc = newCase();
    expect(() => createCase(doc, { id: 'c2', name: 'X', language: 'ar', now: NOW })).toThrowError(
      /already/,
    );
    expect(readCase(doc).profile.name).toBe('Amanuel Tesfaye');
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

  it('keeps who wrote a note and on which tablet', () => {
    const doc = newCase();
    addNote(doc, {
      id: 'n1',
      text: 'Wil graag de zorg',
      author: 'fenna@gemeente.nl',
      device: { deviceId: 't1', deviceName: 'Tablet Noord', user: 'x' },
      now: NOW,
    });
    expect(readCase(doc).notes[0]).toEqual({
      id: 'n1',
      text: 'Wil graag de zorg',
      at: NOW,
      author: 'fenna@gemeente.nl',
      device: { deviceId: 't1', deviceName: 'Tablet Noord' },
    });
  });

  it('keeps the notes of two tablets written apart, both with their tablet', () => {
    const a = newCase();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addNote(a, {
      id: 'na',
      text: 'van A',
      device: { deviceId: 'A', deviceName: 'Tablet A' },
      now: NOW,
    });
    addNote(b, {
      id: 'nb',
      text: 'van B',
      device: { deviceId: 'B', deviceName: 'Tablet B' },
      now: NOW,
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCase(a).notes).toEqual(readCase(b).notes);
    expect(
      readCase(a)
        .notes.map((n) => `${n.text}@${n.device?.deviceName}`)
        .sort(),
    ).toEqual(['van A@Tablet A', 'van B@Tablet B']);
  });
});

describe('a conversation without the partner', () => {
  it('is recorded as private, and cannot be private with the partner present', () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c', name: 'Amina', language: 'ar', now: '2026-11-01T10:00:00.000Z' });
    startConversation(doc, {
      id: 'alone',
      type: 'intake-b',
      language: 'ar',
      private: true,
      now: '2026-11-02T10:00:00.000Z',
    });
    startConversation(doc, {
      id: 'both',
      type: 'intake-b',
      language: 'ar',
      participants: { partner: {} },
      now: '2026-11-03T10:00:00.000Z',
    });
    const [alone, both] = readCase(doc).conversations;
    expect(alone).toMatchObject({ id: 'alone', private: true, participants: {} });
    expect(both?.private).toBeUndefined();
    expect(both?.participants.partner).toEqual({});
    expect(() =>
      startConversation(doc, {
        id: 'x',
        type: 'pip',
        language: 'ar',
        private: true,
        participants: { partner: {} },
        now: '2026-11-04T10:00:00.000Z',
      }),
    ).toThrowError(expect.objectContaining({ code: 'private-with-partner' }));
  });

  it('is refused before anything is written', () => {
    const doc = newCase();
    const before = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(() =>
      startConversation(doc, {
        id: 'x',
        type: 'pip',
        language: 'ar',
        private: true,
        participants: { partner: {} },
        now: NOW,
      }),
    ).toThrowError(DomainError);
    expect(updates).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('the command convention', () => {
  it('sets the registration date from an input object, and refuses a day that is not one', () => {
    const doc = newCase();
    setRegistrationDate(doc, { date: '2026-09-20' });
    expect(readCase(doc).profile.registrationDate).toBe('2026-09-20');
    expect(() => setRegistrationDate(doc, { date: '20-09-2026' })).toThrowError(
      expect.objectContaining({ code: 'registration-date-invalid' }),
    );
    expect(() => setRegistrationDate(new Y.Doc(), { date: '2026-09-20' })).toThrowError(
      expect.objectContaining({ code: 'case-missing' }),
    );
    expect(readCase(doc).profile.registrationDate).toBe('2026-09-20');
  });

  it('sets the conversation language from an input object, and refuses an unknown conversation', () => {
    const doc = newCase();
    setConversationLanguage(doc, { conversationId: 'v1', language: 'ar' });
    expect(readCase(doc).conversations[0]?.language).toBe('ar');
    expect(() =>
      setConversationLanguage(doc, { conversationId: 'v9', language: 'ar' }),
    ).toThrowError(expect.objectContaining({ code: 'conversation-missing' }));
  });

  it('writes each command in one local transaction', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    createCase(doc, { id: 'c1', name: 'Amanuel', language: 'ti', now: NOW });
    setRegistrationDate(doc, { date: '2026-09-20' });
    startConversation(doc, { id: 'v1', type: 'intake-a', language: 'ti', now: NOW });
    setConversationLanguage(doc, { conversationId: 'v1', language: 'ar' });
    addNote(doc, { id: 'n1', text: 'x', now: NOW });
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN, LOCAL_ORIGIN, LOCAL_ORIGIN, LOCAL_ORIGIN]);
  });
});

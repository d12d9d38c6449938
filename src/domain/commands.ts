// Pure commands on a case Y.Doc.
//
// The command convention of src/domain (these, and those of drawings.ts, explanations.ts, answers.ts, voice.ts …):
//
//   export const verbNoun = (doc: Y.Doc, input: VerbNounInput): Result
//
// - One `input` object: the ids of what the command touches and of what it makes, the values, and `now` (an ISO
//   time). A command never reads the clock (where an id is optional, it makes a random one).
// - It checks everything first and refuses with a DomainError and its code (src/domain/errors.ts) before anything
//   is written: a refused command leaves the doc as it was.
// - It writes in exactly one `doc.transact(…, LOCAL_ORIGIN)`, so a change is one update, stored and synced whole.
// - It returns what the caller needs next (the stored record, a new id), or nothing.
// The app runs a command through `run((doc) => verbNoun(doc, input))` (useCase), which stores the update and
// reports a refusal in plain words (src/app/hooks/problems.ts). Readers are `readNoun(doc, …)` and never write.
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  LOCAL_ORIGIN,
  caseIdOf,
  conversationsMap,
  metaMap,
  notesArray,
  profileMap,
  requireConversation,
} from './schema';
import { DomainError } from './errors';
import type { AnswerAuthor, ConversationType, Participants } from './types';

export interface CreateCaseInput {
  id: string;
  name: string;
  language: string;
  birthYear?: number;
  now: string;
}

export const createCase = (doc: Y.Doc, input: CreateCaseInput): void => {
  const name = input.name.trim();
  if (!name) throw new DomainError('name-required', 'A case needs a name.');
  if (caseIdOf(doc)) throw new DomainError('case-exists', 'This document already holds a case.');
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('id', input.id);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    meta.set('createdAt', input.now);
    const profile = profileMap(doc);
    profile.set('name', name);
    profile.set('language', input.language);
    if (input.birthYear !== undefined) profile.set('birthYear', input.birthYear);
  }, LOCAL_ORIGIN);
};

export interface SetRegistrationDateInput {
  /** The day he was registered in the municipality, YYYY-MM-DD. */
  date: string;
}

/** Records the day he was registered in the municipality (YYYY-MM-DD), from which the PIP's ten weeks count. */
export const setRegistrationDate = (doc: Y.Doc, input: SetRegistrationDateInput): void => {
  const { date } = input;
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new DomainError(
      'registration-date-invalid',
      'A registration date is a day (YYYY-MM-DD).',
    );
  }
  doc.transact(() => profileMap(doc).set('registrationDate', date), LOCAL_ORIGIN);
};

export interface StartConversationInput {
  id: string;
  type: ConversationType;
  language: string;
  participants?: Participants;
  place?: string;
  hideSensitive?: boolean;
  /** Without the partner, at his wish: its answers stay out of conversations where the partner is present. */
  private?: boolean;
  now: string;
}

export const startConversation = (doc: Y.Doc, input: StartConversationInput): void => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  // A private conversation is one without the partner: both at once would contradict each other.
  if (input.private && input.participants?.partner) {
    throw new DomainError(
      'private-with-partner',
      'A private conversation is held without the partner.',
    );
  }
  doc.transact(() => {
    const conversation = new Y.Map<unknown>();
    conversation.set('type', input.type);
    conversation.set('startedAt', input.now);
    conversation.set('language', input.language);
    conversation.set('participants', input.participants ?? {});
    if (input.place) conversation.set('place', input.place);
    if (input.hideSensitive) conversation.set('hideSensitive', true);
    if (input.private) conversation.set('private', true);
    conversationsMap(doc).set(input.id, conversation);
  }, LOCAL_ORIGIN);
};

export interface SetConversationLanguageInput {
  conversationId: string;
  /** The language the conversation goes on in (BCP 47 code). */
  language: string;
}

export const setConversationLanguage = (doc: Y.Doc, input: SetConversationLanguageInput): void => {
  const conversation = requireConversation(doc, input.conversationId);
  doc.transact(() => conversation.set('language', input.language), LOCAL_ORIGIN);
};

export interface AddNoteInput {
  id: string;
  text: string;
  /** The consultant who wrote it (e-mail or name) and the tablet it was written on. */
  author?: string;
  device?: AnswerAuthor;
  now: string;
}

export const addNote = (doc: Y.Doc, input: AddNoteInput): void => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  const text = input.text.trim();
  if (!text) throw new DomainError('note-empty', 'A note needs text.');
  doc.transact(
    () =>
      notesArray(doc).push([
        {
          id: input.id,
          text,
          at: input.now,
          ...(input.author ? { author: input.author } : {}),
          ...(input.device
            ? {
                device: {
                  deviceId: input.device.deviceId,
                  ...(input.device.deviceName ? { deviceName: input.device.deviceName } : {}),
                },
              }
            : {}),
        },
      ]),
    LOCAL_ORIGIN,
  );
};

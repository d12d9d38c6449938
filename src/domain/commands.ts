// Pure commands on a case Y.Doc. Each validates its input, then changes the doc in one transaction.
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  answersMapOf,
  caseIdOf,
  conversationsMap,
  metaMap,
  notesArray,
  profileMap,
} from './caseDoc';
import { DomainError } from './errors';
import type { Answer, AnswerFlag, AnswerValue, AnsweredBy, ConversationType, Participants } from './types';

/** Marks changes made by the local user, so observers can tell them from synced ones. */
export const LOCAL_ORIGIN = 'samenspraak:local';

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

export interface StartConversationInput {
  id: string;
  type: ConversationType;
  language: string;
  participants?: Participants;
  place?: string;
  hideSensitive?: boolean;
  now: string;
}

export const startConversation = (doc: Y.Doc, input: StartConversationInput): void => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  doc.transact(() => {
    const conversation = new Y.Map<unknown>();
    conversation.set('type', input.type);
    conversation.set('startedAt', input.now);
    conversation.set('language', input.language);
    conversation.set('participants', input.participants ?? {});
    if (input.place) conversation.set('place', input.place);
    if (input.hideSensitive) conversation.set('hideSensitive', true);
    conversation.set('answers', new Y.Map<Answer>());
    conversationsMap(doc).set(input.id, conversation);
  }, LOCAL_ORIGIN);
};

export const setConversationLanguage = (doc: Y.Doc, conversationId: string, language: string): void => {
  const conversation = requireConversation(doc, conversationId);
  doc.transact(() => conversation.set('language', language), LOCAL_ORIGIN);
};

export interface AnswerQuestionInput {
  conversationId: string;
  questionId: string;
  value?: AnswerValue;
  flag?: AnswerFlag;
  ownWords?: string;
  /** Id of a drawing in the case doc (src/domain/drawings.ts) that answers the question. */
  drawingRef?: string;
  language: string;
  answeredBy: AnsweredBy;
  now: string;
}

const isEmptyValue = (value: AnswerValue | undefined): boolean => {
  if (!value) return true;
  if (value.kind === 'tiles') return value.tileIds.length === 0;
  if (value.kind === 'number') return !Number.isFinite(value.value);
  return value.text.trim() === '';
};

export const answerQuestion = (doc: Y.Doc, input: AnswerQuestionInput): Answer => {
  const conversation = requireConversation(doc, input.conversationId);
  const ownWords = input.ownWords?.trim();
  if (isEmptyValue(input.value) && !input.flag && !ownWords && !input.drawingRef) {
    throw new DomainError('answer-empty', 'An answer needs a value, a flag or own words.');
  }
  const answer: Answer = {
    questionId: input.questionId,
    language: input.language,
    answeredBy: input.answeredBy,
    at: input.now,
    ...(isEmptyValue(input.value) ? {} : { value: input.value }),
    ...(input.flag ? { flag: input.flag } : {}),
    ...(ownWords ? { ownWords } : {}),
    ...(input.drawingRef ? { drawingRef: input.drawingRef } : {}),
  };
  doc.transact(() => answersMapOf(conversation).set(input.questionId, answer), LOCAL_ORIGIN);
  return answer;
};

export const clearAnswer = (doc: Y.Doc, conversationId: string, questionId: string): void => {
  const conversation = requireConversation(doc, conversationId);
  doc.transact(() => answersMapOf(conversation).delete(questionId), LOCAL_ORIGIN);
};

export interface AddNoteInput {
  id: string;
  text: string;
  author?: string;
  now: string;
}

export const addNote = (doc: Y.Doc, input: AddNoteInput): void => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  const text = input.text.trim();
  if (!text) throw new DomainError('note-empty', 'A note needs text.');
  doc.transact(
    () =>
      notesArray(doc).push([
        { id: input.id, text, at: input.now, ...(input.author ? { author: input.author } : {}) },
      ]),
    LOCAL_ORIGIN,
  );
};

const requireConversation = (doc: Y.Doc, conversationId: string): Y.Map<unknown> => {
  const conversation = conversationsMap(doc).get(conversationId);
  if (!conversation) throw new DomainError('conversation-missing', `No conversation ${conversationId}.`);
  return conversation;
};

// The case Y.Doc's named shared types, its schema version and the origin of local changes.
// Every other domain file reaches the document through these accessors.
import type * as Y from 'yjs';
import { DomainError } from './errors';
import type { Note } from './types';

/**
 * 1: one plain answer per question inside each conversation (last writer wins).
 * 2: answers as entries and tile marks (src/domain/answers.ts), strokes top-level (drawings.ts).
 */
export const CURRENT_SCHEMA_VERSION = 2;

/** Marks changes made by the local user, so observers can tell them from synced ones. */
export const LOCAL_ORIGIN = 'samenspraak:local';

/** The Yjs document name of a case, shared with the server. */
export const caseDocName = (caseId: string): string => `case/${caseId}`;

export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta');
export const profileMap = (doc: Y.Doc) => doc.getMap<unknown>('profile');
export const conversationsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('conversations');
export const notesArray = (doc: Y.Doc) => doc.getArray<Note>('notes');

/** The conversation a command works on; refuses with 'conversation-missing' when the case has no such one. */
export const requireConversation = (doc: Y.Doc, conversationId: string): Y.Map<unknown> => {
  const conversation = conversationsMap(doc).get(conversationId);
  if (!conversation)
    throw new DomainError('conversation-missing', `No conversation ${conversationId}.`);
  return conversation;
};

export const schemaVersionOf = (doc: Y.Doc): number => {
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' ? v : 0;
};

export const caseIdOf = (doc: Y.Doc): string | undefined => {
  const id = metaMap(doc).get('id');
  return typeof id === 'string' ? id : undefined;
};

// The case Y.Doc schema: named shared types and typed readers over them.
import * as Y from 'yjs';
import type { Answer, CaseSnapshot, Conversation, Note, Participants, Profile } from './types';

export const CURRENT_SCHEMA_VERSION = 1;

/** The Yjs document name of a case, shared with the server. */
export const caseDocName = (caseId: string): string => `case/${caseId}`;

export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta');
export const profileMap = (doc: Y.Doc) => doc.getMap<unknown>('profile');
export const conversationsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('conversations');
export const notesArray = (doc: Y.Doc) => doc.getArray<Note>('notes');

export const schemaVersionOf = (doc: Y.Doc): number => {
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' ? v : 0;
};

export const caseIdOf = (doc: Y.Doc): string | undefined => {
  const id = metaMap(doc).get('id');
  return typeof id === 'string' ? id : undefined;
};

export const answersMapOf = (conversation: Y.Map<unknown>): Y.Map<Answer> =>
  conversation.get('answers') as Y.Map<Answer>;

const readConversation = (id: string, map: Y.Map<unknown>): Conversation => ({
  id,
  type: map.get('type') as Conversation['type'],
  startedAt: map.get('startedAt') as string,
  place: map.get('place') as string | undefined,
  language: (map.get('language') as string | undefined) ?? 'nl',
  participants: (map.get('participants') as Participants | undefined) ?? {},
  answers: answersMapOf(map)?.toJSON() ?? {},
  ...(map.get('hideSensitive') === true ? { hideSensitive: true } : {}),
  ...(map.get('endedAt') ? { endedAt: map.get('endedAt') as string } : {}),
  ...(map.get('feedback') ? { feedback: map.get('feedback') as Conversation['feedback'] } : {}),
});

export const readProfile = (doc: Y.Doc): Profile => {
  const p = profileMap(doc);
  return {
    name: (p.get('name') as string | undefined) ?? '',
    birthYear: p.get('birthYear') as number | undefined,
    language: (p.get('language') as string | undefined) ?? 'nl',
  };
};

export const readConversations = (doc: Y.Doc): Conversation[] =>
  [...conversationsMap(doc).entries()]
    .map(([id, map]) => readConversation(id, map))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));

export const readConversationById = (doc: Y.Doc, conversationId: string): Conversation | undefined => {
  const map = conversationsMap(doc).get(conversationId);
  return map ? readConversation(conversationId, map) : undefined;
};

/** A plain snapshot of the whole case, for rendering and export. */
export const readCase = (doc: Y.Doc): CaseSnapshot => ({
  id: caseIdOf(doc) ?? '',
  schemaVersion: schemaVersionOf(doc),
  createdAt: (metaMap(doc).get('createdAt') as string | undefined) ?? '',
  profile: readProfile(doc),
  conversations: readConversations(doc),
  notes: notesArray(doc).toArray(),
});

// Typed readers over the case Y.Doc: plain snapshots for rendering, export and the case index.
import type * as Y from 'yjs';
import { collectAnswerRecords, resolveConversation, type QuestionRecords } from './answers';
import {
  caseIdOf,
  conversationsMap,
  metaMap,
  notesArray,
  profileMap,
  schemaVersionOf,
} from './schema';
import type { CaseSnapshot, Conversation, Note, Participants, Profile } from './types';

const readConversation = (
  id: string,
  map: Y.Map<unknown>,
  records: Map<string, QuestionRecords> | undefined,
): Conversation => {
  const { answers, conflicts } = resolveConversation(records);
  return {
    id,
    type: map.get('type') as Conversation['type'],
    startedAt: map.get('startedAt') as string,
    place: map.get('place') as string | undefined,
    language: (map.get('language') as string | undefined) ?? 'nl',
    participants: (map.get('participants') as Participants | undefined) ?? {},
    answers,
    conflicts,
    ...(map.get('hideSensitive') === true ? { hideSensitive: true } : {}),
    ...(map.get('private') === true ? { private: true } : {}),
    ...(map.get('endedAt') ? { endedAt: map.get('endedAt') as string } : {}),
    ...(map.get('feedback') ? { feedback: map.get('feedback') as Conversation['feedback'] } : {}),
  };
};

export const readProfile = (doc: Y.Doc): Profile => {
  const p = profileMap(doc);
  return {
    name: (p.get('name') as string | undefined) ?? '',
    birthYear: p.get('birthYear') as number | undefined,
    ...(typeof p.get('registrationDate') === 'string'
      ? { registrationDate: p.get('registrationDate') as string }
      : {}),
    language: (p.get('language') as string | undefined) ?? 'nl',
  };
};

export const readConversations = (doc: Y.Doc): Conversation[] => {
  const records = collectAnswerRecords(doc);
  return [...conversationsMap(doc).entries()]
    .map(([id, map]) => readConversation(id, map, records.get(id)))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
};

export const readConversationById = (
  doc: Y.Doc,
  conversationId: string,
): Conversation | undefined => {
  const map = conversationsMap(doc).get(conversationId);
  return map
    ? readConversation(conversationId, map, collectAnswerRecords(doc).get(conversationId))
    : undefined;
};

/** Notes oldest first; a malformed entry from a broken peer is skipped. */
const readNotes = (doc: Y.Doc): Note[] =>
  notesArray(doc)
    .toArray()
    .filter((n) => !!n && typeof n.text === 'string');

/** A plain snapshot of the whole case, for rendering and export. */
export const readCase = (doc: Y.Doc): CaseSnapshot => ({
  id: caseIdOf(doc) ?? '',
  schemaVersion: schemaVersionOf(doc),
  createdAt: (metaMap(doc).get('createdAt') as string | undefined) ?? '',
  profile: readProfile(doc),
  conversations: readConversations(doc),
  notes: readNotes(doc),
});

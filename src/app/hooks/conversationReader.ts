// A live reading of one conversation of a case, for the conversation screens: read whole once, then after each
// change only the questions whose answer records changed are resolved again. The other answers keep their objects
// (memoised parts of a screen skip them) and the whole case is never read (no `readCase` per tap). The screen hears
// of a change once it is written (`stored`), so a tap's own write goes before the re-render it causes.
import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  answerEntriesMap,
  collectAnswerRecords,
  resolveQuestion,
  tileMarksMap,
  type AnswerEntry,
  type TileMark,
} from '../../domain/answers';
import { readConversationById } from '../../domain/caseDoc';
import { conversationsMap } from '../../domain/schema';
import type { Conversation } from '../../domain/types';

/** More changed questions than this in one go (a sync): one read of the whole conversation is cheaper. */
const ONE_BY_ONE_AT_MOST = 4;

export interface ConversationReader {
  /** The conversation as it is now (the same object while nothing of it changed); undefined when there is none. */
  read(): Conversation | undefined;
  subscribe(onChange: () => void): () => void;
}

type Changed = Set<string> | 'all' | undefined;

const createReader = (
  doc: Y.Doc,
  conversationId: string,
  stored: () => Promise<void>,
  forget: () => void,
): ConversationReader => {
  let value = readConversationById(doc, conversationId);
  let changed: Changed;
  const listeners = new Set<() => void>();
  let notifying = false;

  const notify = () => {
    if (notifying) return;
    notifying = true;
    // Observers run before the doc's 'update' event starts the write: ask what is stored after it.
    void Promise.resolve()
      .then(stored)
      .catch(() => undefined)
      .then(() => {
        notifying = false;
        for (const listener of [...listeners]) listener();
      });
  };
  const mark = (questionId: string) => {
    if (changed === undefined) changed = new Set();
    if (changed !== 'all') changed.add(questionId);
    notify();
  };
  const markAll = () => {
    changed = 'all';
    notify();
  };
  const markRecord = (record: unknown) => {
    const { conversationId: of, questionId } = (record ?? {}) as Partial<AnswerEntry>;
    if (of === conversationId && typeof questionId === 'string') mark(questionId);
  };
  const onRecords = (event: Y.YMapEvent<AnswerEntry> | Y.YMapEvent<TileMark>) => {
    event.changes.keys.forEach((change, key) => {
      if (change.action !== 'add') markRecord(change.oldValue);
      if (change.action !== 'delete') markRecord(event.target.get(key));
    });
  };
  const onConversations = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      const [id, part] = event.path;
      if (event.path.length === 0) {
        if (event.changes.keys.has(conversationId)) markAll();
      } else if (id === conversationId) {
        // A schema-1 conversation keeps its answers in its own map, by question; anything else of it: read again.
        if (event.path.length === 2 && part === 'answers')
          event.changes.keys.forEach((_change, questionId) => mark(questionId));
        else markAll();
      }
    }
  };
  const entries = answerEntriesMap(doc);
  const marks = tileMarksMap(doc);
  const conversations = conversationsMap(doc);
  entries.observe(onRecords);
  marks.observe(onRecords);
  conversations.observeDeep(onConversations);
  const detach = () => {
    entries.unobserve(onRecords);
    marks.unobserve(onRecords);
    conversations.unobserveDeep(onConversations);
    forget();
  };

  const read = (): Conversation | undefined => {
    if (changed === undefined) return value;
    const questions = changed;
    changed = undefined;
    if (questions === 'all' || !value || questions.size > ONE_BY_ONE_AT_MOST) {
      value = readConversationById(doc, conversationId);
      return value;
    }
    const answers = { ...value.answers };
    const conflicts = { ...value.conflicts };
    for (const questionId of questions) {
      const records = collectAnswerRecords(doc, { conversationId, questionId })
        .get(conversationId)
        ?.get(questionId);
      const { answer, conflict } = records ? resolveQuestion(questionId, records) : {};
      if (answer) answers[questionId] = answer;
      else delete answers[questionId];
      if (conflict) conflicts[questionId] = conflict;
      else delete conflicts[questionId];
    }
    value = { ...value, answers, conflicts };
    return value;
  };

  let detachTimer: ReturnType<typeof setTimeout> | undefined;
  const subscribe = (onChange: () => void) => {
    clearTimeout(detachTimer);
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
      // The last screen left (not just re-subscribed): stop observing the doc.
      if (listeners.size === 0) detachTimer = setTimeout(() => listeners.size === 0 && detach(), 0);
    };
  };
  return { read, subscribe };
};

const readers = new WeakMap<Y.Doc, Map<string, ConversationReader>>();

/** The reader of one conversation of a doc, shared by every screen that shows it. */
export const conversationReader = (
  doc: Y.Doc,
  conversationId: string,
  stored: () => Promise<void> = () => Promise.resolve(),
): ConversationReader => {
  let byId = readers.get(doc);
  if (!byId) readers.set(doc, (byId = new Map()));
  let reader = byId.get(conversationId);
  if (!reader) {
    const made = createReader(doc, conversationId, stored, () => {
      if (byId.get(conversationId) === made) byId.delete(conversationId);
    });
    byId.set(conversationId, (reader = made));
  }
  return reader;
};

const noSubscription = () => () => undefined;
const nothing = () => undefined;

/** One conversation of an open case, live; undefined while the doc is loading or has no such conversation. */
export function useConversationReader(
  doc: Y.Doc | undefined,
  conversationId: string,
  stored?: () => Promise<void>,
): Conversation | undefined {
  const reader = doc ? conversationReader(doc, conversationId, stored) : undefined;
  return useSyncExternalStore(reader?.subscribe ?? noSubscription, reader?.read ?? nothing);
}

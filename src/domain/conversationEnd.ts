// Commands for the end of a conversation and for tolk feedback on translations.
import * as Y from 'yjs';
import { conversationsMap, LOCAL_ORIGIN, requireConversation } from './schema';
import { DomainError } from './errors';
import type { Conversation } from './types';

/** The inburgeraar's view of the conversation, said with faces: good, so-so, not good. */
export type Face = 'good' | 'neutral' | 'bad';

export type ConversationFeedback = NonNullable<Conversation['feedback']>;

export interface TranslationFlag {
  id: string;
  conversationId: string;
  /** The i18n key of the sentence (namespace:key). */
  textKey: string;
  language: string;
  /** The sentence as it was shown, so a reviewer sees it even after the text changes. */
  shownText: string;
  suggestion?: string;
  at: string;
  status: 'open' | 'resolved';
}

export const translationFlagsArray = (doc: Y.Doc) =>
  doc.getArray<TranslationFlag>('translationFlags');

export interface RecordFeedbackInput {
  conversationId: string;
  /** His faces for the conversation and when he gave them (`at`); stored as given, replacing earlier ones. */
  feedback: ConversationFeedback;
}

export const recordFeedback = (doc: Y.Doc, input: RecordFeedbackInput): void => {
  const target = requireConversation(doc, input.conversationId);
  doc.transact(() => target.set('feedback', input.feedback), LOCAL_ORIGIN);
};

export interface EndConversationInput {
  conversationId: string;
  /** When the conversation ended (ISO time), stored as its `endedAt`. */
  now: string;
}

export const endConversation = (doc: Y.Doc, input: EndConversationInput): void => {
  const target = requireConversation(doc, input.conversationId);
  doc.transact(() => target.set('endedAt', input.now), LOCAL_ORIGIN);
};

export const readFeedback = (
  doc: Y.Doc,
  conversationId: string,
): ConversationFeedback | undefined =>
  conversationsMap(doc).get(conversationId)?.get('feedback') as ConversationFeedback | undefined;

export interface FlagInput {
  id: string;
  conversationId: string;
  textKey: string;
  language: string;
  shownText: string;
  suggestion?: string;
  now: string;
}

export const flagTranslation = (doc: Y.Doc, input: FlagInput): TranslationFlag => {
  requireConversation(doc, input.conversationId);
  if (!input.textKey || !input.shownText.trim())
    throw new DomainError('answer-empty', 'A flag needs the sentence it is about.');
  const suggestion = input.suggestion?.trim();
  const flag: TranslationFlag = {
    id: input.id,
    conversationId: input.conversationId,
    textKey: input.textKey,
    language: input.language,
    shownText: input.shownText,
    ...(suggestion ? { suggestion } : {}),
    at: input.now,
    status: 'open',
  };
  doc.transact(() => translationFlagsArray(doc).push([flag]), LOCAL_ORIGIN);
  return flag;
};

export const readTranslationFlags = (doc: Y.Doc): TranslationFlag[] =>
  translationFlagsArray(doc).toArray();

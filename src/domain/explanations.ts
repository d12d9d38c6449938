// Explanation cards given in a case: a top-level Y.Map 'explanations' holding one record per teach-back.
// A card can be given many times; every time adds a record, so the history shows when it was understood.
// `recordExplanation` follows the domain's command convention (src/domain/commands.ts); its refusals are
// DomainErrors ('card-unknown', 'answer-unknown', 'answer-mismatch', 'explanation-exists', 'explanation-invalid').
import type * as Y from 'yjs';
import {
  findExplanationCard,
  findTeachBackOption,
  TEACH_BACK_DONT_KNOW,
} from '../content/explanations';
import { caseIdOf, LOCAL_ORIGIN, requireConversation } from './schema';
import { DomainError } from './errors';

export interface ExplanationRecord {
  id: string;
  cardId: string;
  /** The conversation the card was given in, when there was one. */
  conversationId?: string;
  /** The language the card was shown in (BCP 47 code). */
  language: string;
  /** True when the teach-back was answered with the right picture. */
  understood: boolean;
  /** The picture chosen in the teach-back, or TEACH_BACK_DONT_KNOW. */
  answerTileId: string;
  /** ISO timestamp of the teach-back answer. */
  at: string;
}

export interface RecordExplanationInput {
  id: string;
  cardId: string;
  conversationId?: string;
  language: string;
  understood: boolean;
  answerTileId: string;
  now: string;
}

export const explanationsMap = (doc: Y.Doc) => doc.getMap<ExplanationRecord>('explanations');

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isTime = (value: string): boolean => ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));

/**
 * Stores the result of a teach-back. Refuses an unknown card, a picture that is not one of the card's,
 * and an `understood` that contradicts the picture chosen; "I don't know" always counts as not understood.
 */
export const recordExplanation = (doc: Y.Doc, input: RecordExplanationInput): ExplanationRecord => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  const card = findExplanationCard(input.cardId);
  if (!card) throw new DomainError('card-unknown', `No explanation card "${input.cardId}".`);
  const id = input.id.trim();
  if (!id) throw new DomainError('explanation-invalid', 'An explanation record needs an id.');
  if (!LANGUAGE.test(input.language))
    throw new DomainError('explanation-invalid', `"${input.language}" is not a language code.`);
  if (!isTime(input.now))
    throw new DomainError('explanation-invalid', `"${input.now}" is not an ISO date-time.`);
  if (input.conversationId !== undefined) requireConversation(doc, input.conversationId);
  const expected =
    input.answerTileId === TEACH_BACK_DONT_KNOW
      ? false
      : findTeachBackOption(card, input.answerTileId)?.correct;
  if (expected === undefined) {
    throw new DomainError(
      'answer-unknown',
      `Card "${card.id}" has no picture "${input.answerTileId}".`,
    );
  }
  if (expected !== input.understood) {
    throw new DomainError(
      'answer-mismatch',
      `Picture "${input.answerTileId}" of card "${card.id}" means understood = ${String(expected)}.`,
    );
  }
  const map = explanationsMap(doc);
  if (map.has(id))
    throw new DomainError('explanation-exists', `Explanation record ${id} already exists.`);
  const record: ExplanationRecord = {
    id,
    cardId: card.id,
    ...(input.conversationId !== undefined ? { conversationId: input.conversationId } : {}),
    language: input.language,
    understood: input.understood,
    answerTileId: input.answerTileId,
    at: input.now,
  };
  doc.transact(() => map.set(id, record), LOCAL_ORIGIN);
  return record;
};

/** Records that came in through sync are read defensively: a malformed entry is skipped, never thrown. */
const isRecord = (value: unknown): value is ExplanationRecord => {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.cardId === 'string' &&
    typeof r.language === 'string' &&
    typeof r.understood === 'boolean' &&
    typeof r.answerTileId === 'string' &&
    typeof r.at === 'string' &&
    (r.conversationId === undefined || typeof r.conversationId === 'string')
  );
};

/** All teach-back results of the case, oldest first (ties broken by id, so every tablet shows the same order). */
export const readExplanations = (doc: Y.Doc): ExplanationRecord[] =>
  [...explanationsMap(doc).values()]
    .filter(isRecord)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

export interface CardHistory {
  cardId: string;
  /** Every time the card was given, oldest first. */
  records: ExplanationRecord[];
  last?: ExplanationRecord;
  /** The last teach-back decides: a card understood once but not the last time needs repeating. */
  understood: boolean;
}

/** Groups records per card, for the list on the case page. Cards never given are absent. */
export const explanationHistory = (
  records: readonly ExplanationRecord[],
): Map<string, CardHistory> => {
  const byCard = new Map<string, CardHistory>();
  const ordered = [...records].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const record of ordered) {
    const history = byCard.get(record.cardId) ?? {
      cardId: record.cardId,
      records: [],
      understood: false,
    };
    history.records.push(record);
    history.last = record;
    history.understood = record.understood;
    byCard.set(record.cardId, history);
  }
  return byCard;
};

// Answers that merge without losing a word: a multi-value register per question, a tile set for
// multi-choice questions, and the rule that picks what is shown while two answers wait for a choice.
//
// Schema (schemaVersion 2), both top-level so no two tablets can ever create them concurrently:
//   doc.getMap('answerEntries'): entryId → AnswerEntry   one key per answer act (single value, flag,
//                                                          own words, drawing); ids are unique
//   doc.getMap('tileMarks'):     markId  → TileMark      one key per tile added to a multi-choice answer
// A new answer deletes the entries of the same person that this tablet has (it replaces what that
// person said before, after seeing it) and adds one entry. An entry written on another tablet while
// apart was not seen, so it survives the merge: two entries left with different content are a
// conflict, which only the consultant settles (`chooseAnswer`). Tiles are an add-wins set: removing a
// tile deletes the marks this tablet has of it, so a tile added elsewhere at the same time stays.
//
// Shown value while a conflict is open: the entry with the latest `at` (the tablet's clock when it was
// given), ties broken by entry id — the same on every tablet, and never decided by Yjs client ids.
//
// Documents of schema 1 kept one plain answer per question in the conversation's `answers` map. They
// are read in place as one entry each (id `legacy:<conversation>:<question>`) and deleted there when
// replaced. They are not copied at migration: two tablets copying the same answer while apart would
// write two different Yjs items under one key, and a tile taken out on one would come back from the
// other. The old answer is one item on every tablet, so deleting it means the same everywhere. A
// schema-1 multi-choice answer becomes tile marks when it is next changed (`chooseTile`).
import * as Y from 'yjs';
import { conversationsMap, LOCAL_ORIGIN, requireConversation } from './schema';
import { DomainError } from './errors';
import type { Answer, AnswerAuthor, AnswerFlag, AnswerValue, AnsweredBy } from './types';

/** One answer act as stored; `Answer` is what readers get. */
export interface AnswerEntry {
  conversationId: string;
  questionId: string;
  value?: AnswerValue;
  flag?: AnswerFlag;
  ownWords?: string;
  drawingRef?: string;
  audioRef?: string;
  language: string;
  answeredBy: AnsweredBy;
  at: string;
  author?: AnswerAuthor;
}

export interface TileMark {
  conversationId: string;
  questionId: string;
  tileId: string;
  language: string;
  answeredBy: AnsweredBy;
  at: string;
  author?: AnswerAuthor;
}

export const answerEntriesMap = (doc: Y.Doc) => doc.getMap<AnswerEntry>('answerEntries');
export const tileMarksMap = (doc: Y.Doc) => doc.getMap<TileMark>('tileMarks');

/** The answers map of a schema-1 conversation (absent or empty once migrated). */
export const legacyAnswersOf = (conversation: Y.Map<unknown>): Y.Map<Answer> | undefined => {
  const answers = conversation.get('answers');
  return answers instanceof Y.Map ? (answers as Y.Map<Answer>) : undefined;
};

export const legacyEntryId = (conversationId: string, questionId: string) =>
  `legacy:${conversationId}:${questionId}`;

/** Whose words an answer is: a new answer replaces only what the same person said before. */
export type Person = 'inburgeraar' | 'consultant';
export const personOf = (answeredBy: AnsweredBy): Person =>
  answeredBy === 'consultant' ? 'consultant' : 'inburgeraar';

// ---- Reading -----------------------------------------------------------------------------------

export interface StoredEntry {
  id: string;
  entry: AnswerEntry;
  /** Where it lives, so a command can delete it. */
  source: 'entries' | Y.Map<Answer>;
}

export interface StoredMark {
  id: string;
  mark: TileMark;
}

/** Every entry and tile mark of one question, grouped per conversation and question in one pass. */
export interface QuestionRecords {
  entries: StoredEntry[];
  marks: StoredMark[];
}

/**
 * Reads the answer records of the doc, grouped by conversation and question — all of them, or only
 * those of one question (`only`), as a command needs on every tap without grouping the whole case.
 */
export const collectAnswerRecords = (
  doc: Y.Doc,
  only?: { conversationId: string; questionId: string },
): Map<string, Map<string, QuestionRecords>> => {
  const byConversation = new Map<string, Map<string, QuestionRecords>>();
  const wanted = (conversationId: string, questionId: string) =>
    !only || (only.conversationId === conversationId && only.questionId === questionId);
  const slot = (conversationId: string, questionId: string): QuestionRecords => {
    let questions = byConversation.get(conversationId);
    if (!questions) byConversation.set(conversationId, (questions = new Map()));
    let records = questions.get(questionId);
    if (!records) questions.set(questionId, (records = { entries: [], marks: [] }));
    return records;
  };
  const seen = new Set<string>();
  answerEntriesMap(doc).forEach((entry, id) => {
    if (!isEntry(entry) || !wanted(entry.conversationId, entry.questionId)) return;
    seen.add(id);
    slot(entry.conversationId, entry.questionId).entries.push({ id, entry, source: 'entries' });
  });
  conversationsMap(doc).forEach((conversation, conversationId) => {
    if (only && conversationId !== only.conversationId) return;
    const legacy = conversation instanceof Y.Map ? legacyAnswersOf(conversation) : undefined;
    legacy?.forEach((answer, questionId) => {
      const id = legacyEntryId(conversationId, questionId);
      if (
        seen.has(id) ||
        !answer ||
        typeof answer !== 'object' ||
        !wanted(conversationId, questionId)
      )
        return;
      slot(conversationId, questionId).entries.push({
        id,
        entry: { ...answer, conversationId, questionId },
        source: legacy,
      });
    });
  });
  tileMarksMap(doc).forEach((mark, id) => {
    if (!isMark(mark) || !wanted(mark.conversationId, mark.questionId)) return;
    slot(mark.conversationId, mark.questionId).marks.push({ id, mark });
  });
  return byConversation;
};

const isEntry = (value: unknown): value is AnswerEntry =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as AnswerEntry).conversationId === 'string' &&
  typeof (value as AnswerEntry).questionId === 'string';

const isMark = (value: unknown): value is TileMark =>
  isEntry(value) && typeof (value as unknown as TileMark).tileId === 'string';

/** Latest first by the tablet's clock, then by id: the documented rule for what is shown. */
const byLatest = (a: StoredEntry | StoredMark, b: StoredEntry | StoredMark): number => {
  const atA = 'entry' in a ? a.entry.at : a.mark.at;
  const atB = 'entry' in b ? b.entry.at : b.mark.at;
  return atB.localeCompare(atA) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0);
};

const toAnswer = ({ id, entry }: StoredEntry): Answer => ({
  questionId: entry.questionId,
  entryId: id,
  language: entry.language,
  answeredBy: entry.answeredBy,
  at: entry.at,
  ...(entry.value ? { value: entry.value } : {}),
  ...(entry.flag ? { flag: entry.flag } : {}),
  ...(entry.ownWords ? { ownWords: entry.ownWords } : {}),
  ...(entry.drawingRef ? { drawingRef: entry.drawingRef } : {}),
  ...(entry.audioRef ? { audioRef: entry.audioRef } : {}),
  ...(entry.author ? { author: entry.author } : {}),
});

/** What a person said, without who, where and when: two entries with the same content are no conflict. */
export const answerContent = (
  answer: Pick<Answer, 'value' | 'flag' | 'ownWords' | 'drawingRef' | 'audioRef'>,
): string =>
  JSON.stringify([
    answer.value ?? null,
    answer.flag ?? null,
    answer.ownWords ?? null,
    answer.drawingRef ?? null,
    answer.audioRef ?? null,
  ]);

/** The tiles of the set, in the order they were first added (the same on every tablet). */
const tilesOfMarks = (marks: StoredMark[]): string[] => {
  const firstAdded = new Map<string, StoredMark>();
  for (const m of marks) {
    const known = firstAdded.get(m.mark.tileId);
    if (!known || byLatest(known, m) < 0) firstAdded.set(m.mark.tileId, m);
  }
  return [...firstAdded.values()].sort((a, b) => byLatest(b, a)).map((m) => m.mark.tileId);
};

export interface ResolvedQuestion {
  /** What is shown: the latest entry, with the tile set as its value for a multi-choice question. */
  answer?: Answer;
  /** Two or more entries with different content: every one of them, latest (the shown one) first. */
  conflict?: Answer[];
}

/** Applies the register and set rules to the records of one question. */
export const resolveQuestion = (questionId: string, records: QuestionRecords): ResolvedQuestion => {
  const entries = [...records.entries].sort(byLatest);
  const latest = entries[0];
  const marks = [...records.marks].sort(byLatest);
  const conflict =
    new Set(entries.map((e) => answerContent(e.entry))).size > 1
      ? entries.map(toAnswer)
      : undefined;
  if (marks.length === 0)
    return latest ? { answer: toAnswer(latest), ...(conflict ? { conflict } : {}) } : {};
  const newestMark = marks[0]!;
  const base: Answer = latest
    ? toAnswer(latest)
    : {
        questionId,
        entryId: newestMark.id,
        language: newestMark.mark.language,
        answeredBy: newestMark.mark.answeredBy,
        at: newestMark.mark.at,
        ...(newestMark.mark.author ? { author: newestMark.mark.author } : {}),
      };
  const at = latest && latest.entry.at > newestMark.mark.at ? latest.entry.at : newestMark.mark.at;
  return {
    answer: { ...base, at, value: { kind: 'tiles', tileIds: tilesOfMarks(marks) } },
    ...(conflict ? { conflict } : {}),
  };
};

export interface ConversationAnswers {
  answers: Record<string, Answer>;
  conflicts: Record<string, Answer[]>;
}

export const resolveConversation = (
  records: Map<string, QuestionRecords> | undefined,
): ConversationAnswers => {
  const answers: Record<string, Answer> = {};
  const conflicts: Record<string, Answer[]> = {};
  for (const [questionId, r] of records ?? []) {
    const { answer, conflict } = resolveQuestion(questionId, r);
    if (answer) answers[questionId] = answer;
    if (conflict) conflicts[questionId] = conflict;
  }
  return { answers, conflicts };
};

const recordsOf = (doc: Y.Doc, conversationId: string, questionId: string): QuestionRecords =>
  collectAnswerRecords(doc, { conversationId, questionId })
    .get(conversationId)
    ?.get(questionId) ?? { entries: [], marks: [] };

// ---- Commands ----------------------------------------------------------------------------------

/** What the catalog says of a question that decides who may answer it (the domain does not read the catalog). */
export interface QuestionRules {
  /** An observation of the consultant: never answered by the inburgeraar. */
  forConsultantOnly: boolean;
  /** Left out of a conversation whose consultant chose to hide sensitive questions. */
  sensitive: boolean;
}

/** Refuses an inburgeraar's answer to a question that is not his to answer in this conversation. */
const requireMayAnswer = (
  doc: Y.Doc,
  conversationId: string,
  answeredBy: AnsweredBy,
  rules: QuestionRules | undefined,
): void => {
  if (!rules || personOf(answeredBy) === 'consultant') return;
  if (rules.forConsultantOnly)
    throw new DomainError('answer-not-yours', 'This question is for the consultant.');
  if (rules.sensitive && conversationsMap(doc).get(conversationId)?.get('hideSensitive') === true) {
    throw new DomainError('question-hidden', 'This question was left out of the conversation.');
  }
};

/** What every answer act carries: which question, who, when, on which tablet. */
interface AnswerActInput {
  conversationId: string;
  questionId: string;
  language: string;
  answeredBy: AnsweredBy;
  now: string;
  /** The tablet and the signed-in consultant, shown beside a conflict. */
  author?: AnswerAuthor;
  /** Id of the new entry or mark; random when absent. */
  id?: string;
  /** Who may answer the question (from the catalog); the inburgeraar is refused where he may not. */
  rules?: QuestionRules;
}

export interface AnswerQuestionInput extends AnswerActInput {
  value?: AnswerValue;
  flag?: AnswerFlag;
  ownWords?: string;
  /** Id of a drawing in the case doc (src/domain/drawings.ts) that answers the question. */
  drawingRef?: string;
  /** Id of his recorded voice in the case doc (src/domain/voice.ts): own words said rather than written. */
  audioRef?: string;
}

const isEmptyValue = (value: AnswerValue | undefined): boolean => {
  if (!value) return true;
  if (value.kind === 'tiles') return value.tileIds.length === 0;
  if (value.kind === 'number') return !Number.isFinite(value.value);
  return value.text.trim() === '';
};

/** Removes stored entries (new ones by id, schema-1 ones from their conversation). Call inside a transaction. */
const removeEntries = (doc: Y.Doc, entries: StoredEntry[]) => {
  for (const e of entries) {
    if (e.source === 'entries') answerEntriesMap(doc).delete(e.id);
    else e.source.delete(e.entry.questionId);
  }
};

const newId = (id: string | undefined) => id ?? globalThis.crypto.randomUUID();

/**
 * Gives an answer. It replaces what the same person answered to this question on this tablet (he
 * saw it); an answer of another person, or one given on another tablet while apart, stays.
 * A flag without a value ("I don't know") also takes back the tiles this person chose.
 */
export const answerQuestion = (doc: Y.Doc, input: AnswerQuestionInput): Answer => {
  requireConversation(doc, input.conversationId);
  requireMayAnswer(doc, input.conversationId, input.answeredBy, input.rules);
  const ownWords = input.ownWords?.trim();
  if (
    isEmptyValue(input.value) &&
    !input.flag &&
    !ownWords &&
    !input.drawingRef &&
    !input.audioRef
  ) {
    throw new DomainError('answer-empty', 'An answer needs a value, a flag or own words.');
  }
  const id = newId(input.id);
  const entry: AnswerEntry = {
    conversationId: input.conversationId,
    questionId: input.questionId,
    language: input.language,
    answeredBy: input.answeredBy,
    at: input.now,
    ...(isEmptyValue(input.value) ? {} : { value: input.value }),
    ...(input.flag ? { flag: input.flag } : {}),
    ...(ownWords ? { ownWords } : {}),
    ...(input.drawingRef ? { drawingRef: input.drawingRef } : {}),
    ...(input.audioRef ? { audioRef: input.audioRef } : {}),
    ...(input.author ? { author: input.author } : {}),
  };
  const person = personOf(input.answeredBy);
  const records = recordsOf(doc, input.conversationId, input.questionId);
  doc.transact(() => {
    removeEntries(
      doc,
      records.entries.filter((e) => personOf(e.entry.answeredBy) === person),
    );
    if (input.flag && isEmptyValue(input.value)) {
      for (const m of records.marks)
        if (personOf(m.mark.answeredBy) === person) tileMarksMap(doc).delete(m.id);
    }
    answerEntriesMap(doc).set(id, entry);
  }, LOCAL_ORIGIN);
  return toAnswer({ id, entry, source: 'entries' });
};

export interface ChooseTileInput extends AnswerActInput {
  tileId: string;
  /** true adds the tile to the answer, false takes it out. */
  chosen: boolean;
}

/**
 * Adds a tile to, or takes it out of, a multi-choice answer (a set: tiles chosen on two tablets both
 * stay). Adding also takes back a flag-only answer of the same person ("later" → these tiles);
 * taking out removes the marks of that tile the same person made, as this tablet knows them.
 */
export const chooseTile = (doc: Y.Doc, input: ChooseTileInput): void => {
  requireConversation(doc, input.conversationId);
  requireMayAnswer(doc, input.conversationId, input.answeredBy, input.rules);
  if (!input.tileId) throw new DomainError('answer-empty', 'A tile needs an id.');
  const person = personOf(input.answeredBy);
  const records = recordsOf(doc, input.conversationId, input.questionId);
  const own = (answeredBy: AnsweredBy) => personOf(answeredBy) === person;
  doc.transact(() => {
    const marks = [...records.marks, ...convertLegacyTiles(doc, records, person)];
    if (input.chosen) {
      if (marks.some((m) => m.mark.tileId === input.tileId)) return;
      removeEntries(
        doc,
        records.entries.filter(
          (e) =>
            own(e.entry.answeredBy) &&
            isEmptyValue(e.entry.value) &&
            !e.entry.ownWords &&
            !e.entry.drawingRef,
        ),
      );
      tileMarksMap(doc).set(newId(input.id), {
        conversationId: input.conversationId,
        questionId: input.questionId,
        tileId: input.tileId,
        language: input.language,
        answeredBy: input.answeredBy,
        at: input.now,
        ...(input.author ? { author: input.author } : {}),
      });
    } else {
      for (const m of marks)
        if (m.mark.tileId === input.tileId && own(m.mark.answeredBy))
          tileMarksMap(doc).delete(m.id);
    }
  }, LOCAL_ORIGIN);
};

/**
 * A schema-1 answer of this person with tiles, on a question now changed as a set: its tiles become
 * marks (with its time and language) and the old answer goes. Returns the new marks. In a transaction.
 */
const convertLegacyTiles = (doc: Y.Doc, records: QuestionRecords, person: Person): StoredMark[] => {
  const legacy = records.entries.filter(
    (e) =>
      e.source !== 'entries' &&
      personOf(e.entry.answeredBy) === person &&
      e.entry.value?.kind === 'tiles',
  );
  const made: StoredMark[] = [];
  for (const { entry } of legacy) {
    for (const tileId of entry.value?.kind === 'tiles' ? entry.value.tileIds : []) {
      if (
        records.marks.some((m) => m.mark.tileId === tileId) ||
        made.some((m) => m.mark.tileId === tileId)
      )
        continue;
      const mark: TileMark = {
        conversationId: entry.conversationId,
        questionId: entry.questionId,
        tileId,
        language: entry.language,
        answeredBy: entry.answeredBy,
        at: entry.at,
      };
      const id = newId(undefined);
      tileMarksMap(doc).set(id, mark);
      made.push({ id, mark });
    }
  }
  removeEntries(doc, legacy);
  return made;
};

export interface ClearAnswerInput {
  conversationId: string;
  questionId: string;
  /** Whose answer is taken back: every entry and tile of that person (not of the other) goes. */
  answeredBy: AnsweredBy;
}

/** Takes back what this person answered to a question (entries and tiles), as this tablet knows it. */
export const clearAnswer = (doc: Y.Doc, input: ClearAnswerInput): void => {
  const { conversationId, questionId, answeredBy } = input;
  requireConversation(doc, conversationId);
  const person = personOf(answeredBy);
  const records = recordsOf(doc, conversationId, questionId);
  doc.transact(() => {
    removeEntries(
      doc,
      records.entries.filter((e) => personOf(e.entry.answeredBy) === person),
    );
    for (const m of records.marks)
      if (personOf(m.mark.answeredBy) === person) tileMarksMap(doc).delete(m.id);
  }, LOCAL_ORIGIN);
};

export interface ChooseAnswerInput {
  conversationId: string;
  questionId: string;
  /** The entry she keeps (Answer.entryId of one answer in the conflict). */
  entryId: string;
}

/**
 * The consultant settles a conflict: the chosen entry stays, every other entry of the question that
 * this tablet has goes. An answer given meanwhile on a tablet that has not synced yet stays open.
 */
export const chooseAnswer = (doc: Y.Doc, input: ChooseAnswerInput): void => {
  const { conversationId, questionId, entryId } = input;
  requireConversation(doc, conversationId);
  const records = recordsOf(doc, conversationId, questionId);
  if (!records.entries.some((e) => e.id === entryId))
    throw new DomainError('answer-missing', `No answer ${entryId} to choose.`);
  doc.transact(
    () =>
      removeEntries(
        doc,
        records.entries.filter((e) => e.id !== entryId),
      ),
    LOCAL_ORIGIN,
  );
};

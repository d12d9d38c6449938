// Plain types of the case dossier as read from its Y.Doc; no behaviour lives here.
import type { ConversationType } from '../content/conversationTypes';

export type LanguageCode = string;

/** The four answers every question offers, besides its own answer area. */
export type AnswerFlag = 'not-understood' | 'dont-know' | 'prefer-not' | 'later';

export const ANSWER_FLAGS: readonly AnswerFlag[] = [
  'not-understood',
  'dont-know',
  'prefer-not',
  'later',
];

export type AnsweredBy = 'inburgeraar' | 'consultant' | 'via-tolk';

/** The value part of an answer; which one is used depends on the question's kind. */
export type AnswerValue =
  | { kind: 'tiles'; tileIds: string[] }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string };

/** Where and by whom an answer or note was written: shown beside a conflict. */
export interface AnswerAuthor {
  /** The tablet (its device id once signed in, else its own id on the tablet). */
  deviceId: string;
  /** The name the consultant gave the tablet at sign-in. */
  deviceName?: string;
  /** The consultant signed in on that tablet. */
  user?: string;
}

export interface Answer {
  questionId: string;
  /** The stored entry this answer is read from (src/domain/answers.ts); absent only on plain values. */
  entryId?: string;
  author?: AnswerAuthor;
  /** Absent when the answer is only a flag (e.g. "I don't know"). */
  value?: AnswerValue;
  flag?: AnswerFlag;
  /** The inburgeraar's own words, in his language. */
  ownWords?: string;
  /** The language the answer was given in (BCP 47 code). */
  language: LanguageCode;
  audioRef?: string;
  drawingRef?: string;
  answeredBy: AnsweredBy;
  /** ISO timestamp of the moment the answer was given. */
  at: string;
}

/** Which conversation this is: defined beside the domains each type suggests (content/conversationTypes.ts). */
export { CONVERSATION_TYPES, type ConversationType } from '../content/conversationTypes';

export interface Participants {
  tolk?: { language: LanguageCode; name?: string };
  sleutelpersoon?: { name?: string };
  /** His partner sits with him. */
  partner?: Record<string, never>;
}

export interface Conversation {
  id: string;
  type: ConversationType;
  /** ISO date-time the conversation started. */
  startedAt: string;
  place?: string;
  language: LanguageCode;
  participants: Participants;
  /** What is shown per question id (the register's latest entry, tiles as a set). */
  answers: Record<string, Answer>;
  /** Questions with two or more different answers given apart, latest first; for the consultant only. */
  conflicts: Record<string, Answer[]>;
  /** The consultant chose to leave sensitive questions (e.g. mental health) out of this conversation. */
  hideSensitive?: boolean;
  /**
   * A conversation without the partner, at his wish (his right): its answers are private and are never shown
   * in a conversation where the partner is present.
   */
  private?: boolean;
  endedAt?: string;
  /** How the conversation was for the inburgeraar, said with faces. */
  feedback?: {
    clear?: 'good' | 'neutral' | 'bad';
    respectful?: 'good' | 'neutral' | 'bad';
    length?: 'good' | 'neutral' | 'bad';
    at: string;
  };
}

export interface Note {
  id: string;
  text: string;
  at: string;
  author?: string;
  device?: Pick<AnswerAuthor, 'deviceId' | 'deviceName'>;
}

export interface Profile {
  name: string;
  birthYear?: number;
  /** The day he was registered in the municipality (YYYY-MM-DD): the PIP is due ten weeks later. */
  registrationDate?: string;
  /** The language the inburgeraar prefers to talk in. */
  language: LanguageCode;
}

export interface CaseSnapshot {
  id: string;
  schemaVersion: number;
  createdAt: string;
  profile: Profile;
  conversations: Conversation[];
  notes: Note[];
}

/** What the case list needs, derived from the doc so the list never opens a Y.Doc. */
export interface CaseSummary {
  id: string;
  name: string;
  language: LanguageCode;
  createdAt: string;
  updatedAt: string;
  conversationCount: number;
  answerCount: number;
  /** Questions with answers that wait for the consultant's choice. */
  conflictCount?: number;
  lastConversationType?: ConversationType;
  /** The PIP must be set within 10 weeks of the start of the brede intake. */
  pipDeadline: string;
  /** The PIP deadline is counted from the first conversation, as the registration date is not known yet. */
  pipDeadlineEstimated?: boolean;
  /** When the PIP was first vastgesteld: its deadline is met and the inburgeringstermijn runs. */
  pipVastgesteldAt?: string;
  /** The end of the three-year inburgeringstermijn, once the PIP is vastgesteld. */
  termijnEnd?: string;
}

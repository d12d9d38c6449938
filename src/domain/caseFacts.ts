// What the back office needs to know of a case, read from its document in one pass: the case-list summary plus
// the PIP (route, versions, term), the languages spoken, the answer flags per question and language, how he
// rated each conversation, the teach-back of every explanation card, and the tolken's flags on translations. The server writes it as rows
// (src/server/persistence/caseProjection.ts), so the back office queries SQL and never parses a document.
import type * as Y from 'yjs';
import { readExplanations } from './explanations';
import { readLeerroute } from './pip/leerroute';
import { pipVastgesteldAt, readVersions } from './pip/versions';
import { summarizeSnapshot } from './summary';
import { readCase } from './caseDoc';
import { readTranslationFlags } from './conversationEnd';
import type { AnswerFlag, CaseSummary } from './types';

export interface FlagCount {
  questionId: string;
  language: string;
  flag: AnswerFlag;
  count: number;
}

export interface FeedbackFact {
  conversationId: string;
  language: string;
  clear?: string;
  respectful?: string;
  length?: string;
  at: string;
}

export interface TeachBackFact {
  id: string;
  cardId: string;
  language: string;
  understood: boolean;
  at: string;
}

export interface CaseFacts {
  summary: CaseSummary;
  registrationDate?: string;
  leerroute?: string;
  pipVersionCount: number;
  pipVastgesteldAt?: string;
  pipLatestVersionAt?: string;
  firstConversationAt?: string;
  /** Languages of his conversations and of the tolken present, sorted. */
  languages: string[];
  flags: FlagCount[];
  feedback: FeedbackFact[];
  teachBack: TeachBackFact[];
  translationFlags: TranslationFlagFact[];
}

export interface TranslationFlagFact {
  id: string;
  /** namespace:key of the sentence. */
  textKey: string;
  language: string;
  shownText: string;
  suggestion: string;
  at: string;
}

export const caseFacts = (doc: Y.Doc, now: string): CaseFacts => {
  const snapshot = readCase(doc);
  const versions = readVersions(doc);
  const route = readLeerroute(doc).current;
  const languages = new Set<string>();
  const flags = new Map<string, FlagCount>();
  const feedback: FeedbackFact[] = [];
  for (const c of snapshot.conversations) {
    languages.add(c.language);
    if (c.participants.tolk?.language) languages.add(c.participants.tolk.language);
    for (const answer of Object.values(c.answers)) {
      if (!answer.flag) continue;
      const key = `${answer.questionId}|${answer.language}|${answer.flag}`;
      const known = flags.get(key);
      if (known) known.count++;
      else
        flags.set(key, {
          questionId: answer.questionId,
          language: answer.language,
          flag: answer.flag,
          count: 1,
        });
    }
    if (c.feedback) {
      const { clear, respectful, length, at } = c.feedback;
      feedback.push({
        conversationId: c.id,
        language: c.language,
        ...(clear ? { clear } : {}),
        ...(respectful ? { respectful } : {}),
        ...(length ? { length } : {}),
        at,
      });
    }
  }
  return {
    summary: summarizeSnapshot(snapshot, versions, now),
    ...(snapshot.profile.registrationDate
      ? { registrationDate: snapshot.profile.registrationDate }
      : {}),
    ...(route ? { leerroute: route.route } : {}),
    pipVersionCount: versions.length,
    ...(versions.length
      ? { pipVastgesteldAt: pipVastgesteldAt(versions)!, pipLatestVersionAt: versions.at(-1)!.at }
      : {}),
    ...(snapshot.conversations[0]
      ? { firstConversationAt: snapshot.conversations[0].startedAt }
      : {}),
    languages: [...languages].sort(),
    flags: [...flags.values()],
    feedback,
    teachBack: readExplanations(doc).map((r) => ({
      id: r.id,
      cardId: r.cardId,
      language: r.language,
      understood: r.understood,
      at: r.at,
    })),
    translationFlags: readTranslationFlags(doc).map((f) => ({
      id: f.id,
      textKey: f.textKey,
      language: f.language,
      shownText: f.shownText,
      suggestion: f.suggestion ?? '',
      at: f.at,
    })),
  };
};

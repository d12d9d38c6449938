// Derives the case-list summary from a case doc, so the list never opens a Y.Doc.
import type * as Y from 'yjs';
import { readCase } from './caseDoc';
import { pipVastgesteldAt, readVersions } from './pip/versions';
import { caseDeadline, termijnEnd } from './rules';
import type { CaseSummary } from './types';

export const summarizeCase = (doc: Y.Doc, updatedAt: string): CaseSummary => {
  const snapshot = readCase(doc);
  const last = snapshot.conversations.at(-1);
  // A doc that arrived without its creation time (partly synced) dates from now rather than failing.
  const intakeStart = snapshot.conversations[0]?.startedAt || snapshot.createdAt || updatedAt;
  // From the registration in the municipality when it is known; until then estimated from the intake.
  const registered = snapshot.profile.registrationDate;
  const deadline = caseDeadline({ registrationDate: registered ? `${registered}T00:00:00.000Z` : undefined, intakeStart, now: updatedAt })!;
  const vastgesteld = pipVastgesteldAt(readVersions(doc));
  return {
    id: snapshot.id,
    name: snapshot.profile.name,
    language: snapshot.profile.language,
    createdAt: snapshot.createdAt,
    updatedAt,
    conversationCount: snapshot.conversations.length,
    answerCount: snapshot.conversations.reduce((n, c) => n + Object.keys(c.answers).length, 0),
    conflictCount: snapshot.conversations.reduce((n, c) => n + Object.keys(c.conflicts).length, 0),
    ...(last ? { lastConversationType: last.type } : {}),
    pipDeadline: deadline.due,
    ...(deadline.estimated ? { pipDeadlineEstimated: true } : {}),
    ...(vastgesteld ? { pipVastgesteldAt: vastgesteld, termijnEnd: termijnEnd(vastgesteld) } : {}),
  };
};

// Derives the case-list summary from a case doc, so the list never opens a Y.Doc.
import type * as Y from 'yjs';
import { readCase } from './caseDoc';
import { pipVastgesteldAt, readVersions, type PipVersion } from './pip/versions';
import { caseDeadline, termijnEnd } from './rules';
import type { CaseSnapshot, CaseSummary } from './types';

/** What the PIP's deadline counts from: the registration when it is known, else (estimated) the intake's start. */
export const pipDeadlineInputs = (
  snapshot: CaseSnapshot,
  now: string,
): { registrationDate?: string; intakeStart: string } => {
  const registered = snapshot.profile.registrationDate;
  return {
    ...(registered ? { registrationDate: `${registered}T00:00:00.000Z` } : {}),
    // A doc that arrived without its creation time (partly synced) dates from now rather than failing.
    intakeStart: snapshot.conversations[0]?.startedAt || snapshot.createdAt || now,
  };
};

export const summarizeCase = (doc: Y.Doc, updatedAt: string): CaseSummary =>
  summarizeSnapshot(readCase(doc), readVersions(doc), updatedAt);

/** The summary from a case already read (the back office's facts read it once for everything). */
export const summarizeSnapshot = (
  snapshot: CaseSnapshot,
  versions: readonly PipVersion[],
  updatedAt: string,
): CaseSummary => {
  const last = snapshot.conversations.at(-1);
  const deadline = caseDeadline({ ...pipDeadlineInputs(snapshot, updatedAt), now: updatedAt })!;
  const vastgesteld = pipVastgesteldAt(versions);
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

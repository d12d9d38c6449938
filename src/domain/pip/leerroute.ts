// The leerbaarheidstoets and the leerroute decision in the case document. Both are append-only lists: two
// tablets apart each keep what they recorded, the latest counts, and the earlier ones stay as history.
import type * as Y from 'yjs';
import {
  LEERBAARHEID_RESULTS,
  LEERROUTES,
  type LeerbaarheidResult,
  type Leerroute,
} from '../../content/pip/leerroutes';
import { DomainError } from '../errors';
import type { AnswerAuthor } from '../types';

export interface LeerbaarheidRecord {
  id: string;
  /** The day the test was taken (YYYY-MM-DD). */
  date: string;
  result: LeerbaarheidResult;
  /** When it was recorded. */
  at: string;
  author?: AnswerAuthor;
}

export interface LeerrouteDecision {
  id: string;
  route: Leerroute;
  /** What the app advised at that moment. */
  advised: Leerroute;
  /** Why the consultant chose otherwise than advised (required then). */
  why?: string;
  at: string;
  author?: AnswerAuthor;
}

const testsArray = (doc: Y.Doc) => doc.getArray<LeerbaarheidRecord>('leerbaarheidstoetsen');
const decisionsArray = (doc: Y.Doc) => doc.getArray<LeerrouteDecision>('leerrouteBesluiten');
const newId = (id: string | undefined) => id ?? globalThis.crypto.randomUUID();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const recordLeerbaarheid = (
  doc: Y.Doc,
  input: {
    date: string;
    result: LeerbaarheidResult;
    now: string;
    author?: AnswerAuthor;
    id?: string;
  },
): LeerbaarheidRecord => {
  if (
    !DAY.test(input.date) ||
    Number.isNaN(Date.parse(input.date)) ||
    !LEERBAARHEID_RESULTS.includes(input.result)
  ) {
    throw new DomainError(
      'leerbaarheid-invalid',
      'A leerbaarheidstoets needs a day and a known result.',
    );
  }
  const record: LeerbaarheidRecord = {
    id: newId(input.id),
    date: input.date,
    result: input.result,
    at: input.now,
    ...(input.author ? { author: input.author } : {}),
  };
  testsArray(doc).push([record]);
  return record;
};

export const decideLeerroute = (
  doc: Y.Doc,
  input: {
    route: Leerroute;
    advised: Leerroute;
    why?: string;
    now: string;
    author?: AnswerAuthor;
    id?: string;
  },
): LeerrouteDecision => {
  const why = input.why?.trim();
  if (!LEERROUTES.includes(input.route))
    throw new DomainError('leerroute-why-required', 'Unknown leerroute.');
  if (input.route !== input.advised && !why) {
    throw new DomainError(
      'leerroute-why-required',
      'Choosing otherwise than advised needs a reason.',
    );
  }
  const decision: LeerrouteDecision = {
    id: newId(input.id),
    route: input.route,
    advised: input.advised,
    ...(why ? { why } : {}),
    at: input.now,
    ...(input.author ? { author: input.author } : {}),
  };
  decisionsArray(doc).push([decision]);
  return decision;
};

/** Latest last: by the recorded moment, ties by id, so every tablet orders alike. */
const byTime = <T extends { at: string; id: string }>(a: T, b: T) =>
  a.at === b.at ? a.id.localeCompare(b.id) : a.at < b.at ? -1 : 1;

export interface LeerrouteState {
  tests: LeerbaarheidRecord[];
  /** The test taken last (by its day, then when recorded). */
  latestTest?: LeerbaarheidRecord;
  decisions: LeerrouteDecision[];
  current?: LeerrouteDecision;
}

export const readLeerroute = (doc: Y.Doc): LeerrouteState => {
  const tests = [...testsArray(doc).toArray()].sort(byTime);
  const decisions = [...decisionsArray(doc).toArray()].sort(byTime);
  const latestTest = [...tests]
    .sort((a, b) => (a.date === b.date ? byTime(a, b) : a.date < b.date ? -1 : 1))
    .at(-1);
  return { tests, latestTest, decisions, current: decisions.at(-1) };
};

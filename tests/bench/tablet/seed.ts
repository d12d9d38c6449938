// In-page seeding for the tablet bench: bundled at bench time (Vite, one IIFE) and evaluated in the app's own page,
// so the tablet's IndexedDB is filled by the app's own storage code: CaseRepository over the app's Dexie database
// for real cases (a y-indexeddb doc each, its index row written by the repository), and for index-only rows the
// row CaseRepository would write, made by the app's summarizeCase from a doc built in memory.
import * as Y from 'yjs';
import { DOMAINS } from '../../../src/content/catalog';
import { answerQuestion } from '../../../src/domain/answers';
import { createCase, startConversation } from '../../../src/domain/commands';
import { summarizeCase } from '../../../src/domain/summary';
import { CaseRepository } from '../../../src/storage/caseRepository';
import { caseDocDbName } from '../../../src/storage/caseDocPersistence';
import { openDb, type CaseRow } from '../../../src/storage/db';

export interface CaseSpec {
  id: string;
  name: string;
  language: string;
  /** The index row's time (index-only rows); real cases carry the time they were made. */
  updatedAt?: string;
  /** Index-only rows: 1 when the row says changes wait for the server. */
  dirty?: 0 | 1;
}

/** The conversation every seeded case holds (an intake, part A), and how many of its tile questions are answered. */
export const CONVERSATION_ID = 'v1';

const tileQuestions = DOMAINS.flatMap((d) => d.questions).filter(
  (q) => q.kind === 'single-tile' && q.answeredBy === 'inburgeraar' && q.sensitivity === 'normal',
);

const answerSome = (doc: Y.Doc, language: string, answers: number, now: string) => {
  for (const q of tileQuestions.slice(0, answers)) {
    answerQuestion(doc, {
      conversationId: CONVERSATION_ID,
      questionId: q.id,
      value: { kind: 'tiles', tileIds: [q.tiles[0]!.id] },
      language,
      answeredBy: 'inburgeraar',
      now,
    });
  }
};

/** Real cases through CaseRepository: created, a conversation started and `answers` questions answered, each saved. */
export const seedCases = async (specs: CaseSpec[], answers: number): Promise<CaseRow[]> => {
  const db = openDb();
  const repo = new CaseRepository(db);
  for (const spec of specs) {
    const handle = await repo.create({ id: spec.id, name: spec.name, language: spec.language });
    const now = new Date().toISOString();
    startConversation(handle.doc, {
      id: CONVERSATION_ID,
      type: 'intake-a',
      language: spec.language,
      now,
    });
    await handle.save();
    answerSome(handle.doc, spec.language, answers, now);
    await handle.save();
  }
  // Closed (compacted) as the app leaves a case.
  await repo.closeAll();
  const rows = await db.cases.bulkGet(specs.map((s) => s.id));
  db.close();
  return rows.filter((row): row is CaseRow => row !== undefined);
};

/** Index-only rows (no case doc on the tablet), as CaseRepository's index() writes them, at the spec's time. */
export const seedIndexRows = async (specs: CaseSpec[], answers: number): Promise<CaseRow[]> => {
  const rows = specs.map((spec): CaseRow => {
    const now = spec.updatedAt ?? new Date().toISOString();
    const doc = new Y.Doc({ guid: spec.id });
    createCase(doc, { id: spec.id, name: spec.name, language: spec.language, now });
    startConversation(doc, { id: CONVERSATION_ID, type: 'intake-a', language: spec.language, now });
    answerSome(doc, spec.language, answers, now);
    const summary = summarizeCase(doc, now);
    doc.destroy();
    const dirty = spec.dirty ?? 0;
    return {
      ...summary,
      docDb: caseDocDbName(spec.id),
      searchName: summary.name.toLocaleLowerCase(),
      dirty,
      syncState: dirty ? 'waiting' : 'synced',
      ...(dirty ? { pendingChanges: 1 } : { pendingChanges: 0, syncedAt: now }),
    };
  });
  const db = openDb();
  await db.cases.bulkPut(rows);
  db.close();
  return rows;
};

/** The PIN verifier's iteration count as the app stored it (the floor checks its PIN with the same work). */
export const pinIterations = async (): Promise<number> => {
  const db = openDb();
  const row = await db.settings.get('pinVerifier');
  db.close();
  return (row?.value as { iterations?: number } | undefined)?.iterations ?? NaN;
};

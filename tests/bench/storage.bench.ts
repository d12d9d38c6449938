// Tablet storage in Node with fake-indexeddb: how long an answer takes to be durably saved,
// and how long the case list search takes over many cases.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { startConversation } from '../../src/domain/commands';
import { answerQuestion } from '../../src/domain/answers';
import { CaseRepository } from '../../src/storage/caseRepository';
import { openDb } from '../../src/storage/db';
import { percentile, type BenchRow, type BenchSuite } from './report';

const NOW = '2026-11-23T10:00:00.000Z';
const ANSWERS = 500;
/** The answers go to this many questions in turn (each answered again and again). */
const QUESTIONS = 90;
const CASES = 2000;
const SEARCHES = 20;

export const storageSuite: BenchSuite = {
  id: 'storage',
  title: 'Tablet storage (Node + fake-indexeddb; relative figures, not a browser)',
  method: `\`CaseRepository\` over fake-indexeddb in Node (no browser, so only relative figures): one case with one
  conversation gets ${ANSWERS} answers (to ${QUESTIONS} questions in turn), each followed by \`save()\` (the Y.Doc update committed to IndexedDB and the case index
  row updated), timed one by one. Then ${CASES.toLocaleString('en')} index rows are written and ${SEARCHES} searches by name run over
  the index only (\`CaseRepository.search\`).`,
  async run(): Promise<BenchRow[]> {
    const db = openDb(`bench-${Date.now()}`);
    const repo = new CaseRepository(db, () => NOW);
    const handle = await repo.create({ id: 'bench-case', name: 'Bench', language: 'ar' });
    startConversation(handle.doc, { id: 'v', type: 'intake-a', language: 'ar', now: NOW });
    const saves: number[] = [];
    for (let i = 0; i < ANSWERS; i++) {
      const start = performance.now();
      answerQuestion(handle.doc, { conversationId: 'v', questionId: `q${i % QUESTIONS}`, value: { kind: 'tiles', tileIds: ['yes'] }, language: 'ar', answeredBy: 'inburgeraar', now: NOW });
      await handle.save();
      saves.push(performance.now() - start);
    }
    await db.cases.bulkPut(
      Array.from({ length: CASES }, (_, i) => ({
        id: `c${i}`, name: `Persoon ${i}`, searchName: `persoon ${i}`, language: 'ar', createdAt: NOW, updatedAt: NOW,
        conversationCount: 1, answerCount: 10, pipDeadline: NOW, docDb: `x${i}`, dirty: 1 as const, syncState: 'waiting' as const,
      })),
    );
    const searches: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const start = performance.now();
      await repo.search(`persoon ${i}`);
      searches.push(performance.now() - start);
    }
    await repo.closeAll();
    return [
      { name: 'answer → saved in IndexedDB, p50', value: percentile(saves, 50), unit: 'ms', note: `${ANSWERS} answers` },
      { name: 'answer → saved in IndexedDB, p99', value: percentile(saves, 99), unit: 'ms' },
      { name: `case list search over ${CASES} cases, p50`, value: percentile(searches, 50), unit: 'ms', note: 'index only, no Y.Doc opened' },
    ];
  },
};

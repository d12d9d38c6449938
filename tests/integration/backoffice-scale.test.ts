// The back office at scale, end to end from documents: 1,000 generated case documents (conversations in many
// languages, "I don't understand" flags, ratings, teach-backs, routes, some PIPs vastgesteld) written through
// the projection, next to a neighbouring municipality; the caseload and every figure count exactly what the
// documents hold — nothing dropped, nothing of the neighbour. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { EXPLANATION_CARDS } from '../../src/content/explanations';
import { answerQuestion } from '../../src/domain/answers';
import { createCase, setRegistrationDate, startConversation } from '../../src/domain/commands';
import { recordFeedback, type Face } from '../../src/domain/conversationEnd';
import { recordExplanation } from '../../src/domain/explanations';
import { decideLeerroute } from '../../src/domain/pip/leerroute';
import { signFirstVersion } from '../../src/domain/pip/testing/signFirstVersion';
import { caseDocumentName } from '../../src/protocol/documentName';
import { createOrganisation } from '../../src/server/auth/accounts';
import { queryCaseload } from '../../src/server/backoffice/caseload';
import { queryAllFigures } from '../../src/server/backoffice/figures';
import { updateCaseProjection } from '../../src/server/persistence/caseProjection';
import { adapters, openTestDatabase, type TestDatabase } from './support/databases';
import { noteSkipped } from './support/env';

const CASES = 1000;
const NEIGHBOUR_CASES = 40;
const NOW = new Date('2026-11-23T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const LANGUAGES = ['ar', 'ti', 'fa', 'so', 'tr'];
const QUESTIONS = ['family.partner', 'family.children', 'home.safe', 'health.doctor'];
const ROUTES = ['b1', 'onderwijs', 'z', null] as const;
const FACES: Face[] = ['good', 'neutral', 'bad'];

/** A seeded generator (mulberry32): every run writes the same cases. */
const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

interface Expected {
  routes: Map<string, { cases: number; vastgesteld: number }>;
  notUnderstood: Map<string, number>;
  ratings: Map<string, number>;
  teachBacks: Map<string, { understood: number; total: number }>;
}

const bump = <T>(map: Map<string, T>, key: string, initial: T, change: (value: T) => T) =>
  map.set(key, change(map.get(key) ?? initial));

/** Writes `count` generated cases of one municipality through the projection; returns what the figures must say. */
const writeCases = async (
  db: TestDatabase['db'],
  organisationId: string,
  count: number,
  seed: number,
): Promise<Expected> => {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const expected: Expected = {
    routes: new Map(),
    notUnderstood: new Map(),
    ratings: new Map(),
    teachBacks: new Map(),
  };
  for (let i = 0; i < count; i++) {
    const caseId = randomUUID();
    const name = caseDocumentName(caseId);
    const language = pick(LANGUAGES);
    const first = new Date(NOW.getTime() - (80 + random() * 300) * DAY).toISOString();
    const doc = new Y.Doc();
    createCase(doc, { id: caseId, name: `Persoon ${i}`, language, now: first });
    setRegistrationDate(doc, { date: first.slice(0, 10) });
    startConversation(doc, { id: 'c1', type: 'intake-a', language, now: first });
    for (const questionId of QUESTIONS) {
      if (random() < 0.3) {
        answerQuestion(doc, {
          conversationId: 'c1',
          questionId,
          flag: 'not-understood',
          language,
          answeredBy: 'inburgeraar',
          now: first,
        });
        bump(expected.notUnderstood, `${questionId}|${language}`, 0, (n) => n + 1);
      }
    }
    if (random() < 0.7) {
      const clear = pick(FACES);
      const respectful = pick(FACES);
      recordFeedback(doc, { conversationId: 'c1', feedback: { clear, respectful, at: first } });
      bump(expected.ratings, `clear|${clear}`, 0, (n) => n + 1);
      bump(expected.ratings, `respectful|${respectful}`, 0, (n) => n + 1);
    }
    if (random() < 0.5) {
      const card = pick(EXPLANATION_CARDS);
      const option = pick(card.teachBack.options);
      recordExplanation(doc, {
        id: `r${i}`,
        cardId: card.id,
        conversationId: 'c1',
        language,
        understood: option.correct,
        answerTileId: option.id,
        now: first,
      });
      bump(expected.teachBacks, `${card.id}|${language}`, { understood: 0, total: 0 }, (v) => ({
        understood: v.understood + (option.correct ? 1 : 0),
        total: v.total + 1,
      }));
    }
    const route = pick(ROUTES);
    let vastgesteld = false;
    if (route) {
      decideLeerroute(doc, { route, advised: route, now: first });
      if (random() < 0.5) {
        await signFirstVersion(doc, new Date(Date.parse(first) + 40 * DAY).toISOString());
        vastgesteld = true;
      }
    }
    bump(expected.routes, route ?? 'none', { cases: 0, vastgesteld: 0 }, (v) => ({
      cases: v.cases + 1,
      vastgesteld: v.vastgesteld + (vastgesteld ? 1 : 0),
    }));
    await db.query('INSERT INTO documents (name, organisation_id) VALUES ($1, $2)', [
      name,
      organisationId,
    ]);
    expect(await updateCaseProjection(db, name, caseId, doc, NOW)).toBe(true);
  }
  return expected;
};

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`back office at scale on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`back office at scale on ${kind}`, () => {
    let database: TestDatabase;
    let own: string;
    let expected: Expected;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      own = (await createOrganisation(database.db, 'Gemeente Groot')).id;
      const neighbour = (await createOrganisation(database.db, 'Gemeente Buur')).id;
      expected = await writeCases(database.db, own, CASES, 7);
      await writeCases(database.db, neighbour, NEIGHBOUR_CASES, 11);
    }, 240_000);
    afterAll(async () => database?.dispose());

    it('lists every one of the 1,000 cases once, and filters them by route and status as the documents say', async () => {
      const all = await queryCaseload(database.db, own, {}, NOW);
      expect(all).toHaveLength(CASES);
      expect(new Set(all.map((r) => r.caseId)).size).toBe(CASES);
      for (const [route, { cases, vastgesteld }] of expected.routes) {
        expect(
          await queryCaseload(
            database.db,
            own,
            { route: route as 'b1' | 'onderwijs' | 'z' | 'none' },
            NOW,
          ),
        ).toHaveLength(cases);
        expect(
          (
            await queryCaseload(
              database.db,
              own,
              { route: route as 'b1' | 'onderwijs' | 'z' | 'none', status: 'pip-vastgesteld' },
              NOW,
            )
          ).length,
        ).toBe(vastgesteld);
      }
    });

    it("counts every route, flag, rating and teach-back of the documents in the figures, and none of the neighbour's", async () => {
      const figures = await queryAllFigures(database.db, own, NOW);
      const routes = new Map(
        figures.routes.rows.map((r) => [r.route, { cases: r.cases, vastgesteld: r.vastgesteld }]),
      );
      expect(Object.fromEntries([...routes].filter(([, v]) => v.cases > 0))).toEqual(
        Object.fromEntries(expected.routes),
      );
      expect(
        new Map(
          figures['not-understood'].rows.map((r) => [`${r.questionId}|${r.language}`, r.count]),
        ),
      ).toEqual(expected.notUnderstood);
      const ratings = new Map<string, number>();
      for (const row of figures.ratings.rows)
        for (const face of FACES)
          if (row[face] > 0) ratings.set(`${row.aspect}|${face}`, row[face]);
      expect(ratings).toEqual(expected.ratings);
      expect(
        new Map(
          figures['cards-understood'].rows.map((r) => [
            `${r.cardId}|${r.language}`,
            { understood: r.understood, total: r.total },
          ]),
        ),
      ).toEqual(expected.teachBacks);
      const vastgesteld = [...expected.routes.values()].reduce((n, v) => n + v.vastgesteld, 0);
      expect(figures['pip-time'].cases).toBe(vastgesteld);
      expect(figures['pip-time'].rows.reduce((n, r) => n + r.cases, 0)).toBe(vastgesteld);
    });
  });
}

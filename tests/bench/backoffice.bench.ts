// The back office's queries over a municipality of 1,000 generated cases (projection rows, answer flags, ratings,
// teach-backs) beside a second municipality of the same size: p95 and median of the caseload and of every figure,
// on PGlite and, when DATABASE_URL is set, PostgreSQL. Queries are called directly, without HTTP.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { DOMAINS } from '../../src/content/catalog';
import { EXPLANATION_CARDS } from '../../src/content/explanations';
import { LANGUAGES } from '../../src/content/languages';
import { ANSWER_FLAGS } from '../../src/domain/types';
import { caseDocumentName } from '../../src/protocol/documentName';
import { FIGURE_IDS } from '../../src/protocol/figures';
import { createOrganisation } from '../../src/server/auth/accounts';
import { queryCaseload } from '../../src/server/backoffice/caseload';
import { queryAllFigures, queryFigure } from '../../src/server/backoffice/figures';
import type { Queryable } from '../../src/server/persistence/db';
import { openTestDatabase, type AdapterKind } from '../integration/support/databases';
import { DATABASE_URL } from '../integration/support/env';
import { percentile, type BenchRow, type BenchSuite } from './report';

const CASES = 1000;
const CONSULTANTS = 12;
const RUNS = 50;
const WARM_UP = 3;
const NOW = new Date('2026-11-23T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const FLAGS_PER_CASE = 6;
const RATED_CONVERSATIONS_PER_CASE = 4;
const TEACH_BACKS_PER_CASE = 6;
const ROUTES = ['b1', 'b1', 'b1', 'onderwijs', 'z', null] as const;
const FACES = ['good', 'good', 'neutral', 'bad', null] as const;

/** A small seeded generator (mulberry32), so every run writes the same cases. */
const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Columns = Record<string, unknown[]>;
const columns = (...names: string[]): Columns => Object.fromEntries(names.map((n) => [n, []]));
const push = (table: Columns, row: unknown[]) => Object.values(table).forEach((values, i) => values.push(row[i]));

/** Writes `cases` cases of one municipality, each table in one statement (unnest of arrays). */
const seedMunicipality = async (db: Queryable, organisationId: string, seed: number): Promise<void> => {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const questions = DOMAINS.flatMap((d) => d.questions.map((q) => q.id));
  const cards = EXPLANATION_CARDS.map((c) => c.id);
  const languages = LANGUAGES.map((l) => l.code).filter((c) => c !== 'nl');
  const consultants = Array.from({ length: CONSULTANTS }, () => randomUUID());
  const docs = columns('name', 'consultant');
  const cases = columns('name', 'case_id', 'language', 'languages', 'route', 'first', 'deadline', 'vastgesteld');
  const flags = columns('name', 'question', 'language', 'flag', 'count');
  const feedback = columns('name', 'conversation', 'language', 'clear', 'respectful', 'length', 'at');
  const teachBack = columns('name', 'record', 'card', 'language', 'understood', 'at');
  for (let i = 0; i < CASES; i++) {
    const caseId = randomUUID();
    const name = caseDocumentName(caseId);
    const language = pick(languages);
    const first = new Date(NOW.getTime() - random() * 720 * DAY);
    const vastgesteld = random() < 0.6 ? new Date(first.getTime() + (10 + random() * 130) * DAY) : null;
    push(docs, [name, pick(consultants)]);
    const tolk = random() < 0.3 ? [pick(languages)] : [];
    push(cases, [name, caseId, language, [language, ...tolk].join(' '), pick(ROUTES), first.toISOString(), new Date(first.getTime() + 70 * DAY).toISOString(), vastgesteld?.toISOString() ?? null]);
    const flagged = new Set<string>();
    for (let f = Math.floor(random() * (FLAGS_PER_CASE + 1)); f > 0; f--) flagged.add(`${pick(questions)}|${pick(ANSWER_FLAGS)}`);
    for (const key of flagged) push(flags, [name, key.split('|')[0], language, key.split('|')[1], 1 + Math.floor(random() * 3)]);
    for (let c = 1 + Math.floor(random() * RATED_CONVERSATIONS_PER_CASE); c > 0; c--) push(feedback, [name, `v${c}`, language, pick(FACES), pick(FACES), pick(FACES), first.toISOString()]);
    for (let r = Math.floor(random() * (TEACH_BACKS_PER_CASE + 1)); r > 0; r--) push(teachBack, [name, `r${r}`, pick(cards), language, random() < 0.75, first.toISOString()]);
  }
  await db.query(`INSERT INTO documents (name, organisation_id, assigned_user_id) SELECT n, $3, c::uuid FROM unnest($1::text[], $2::text[]) AS x(n, c)`, [...Object.values(docs), organisationId]);
  await db.query(
    `INSERT INTO case_projection (name, organisation_id, case_id, display_name, language, conversation_count, answer_count, languages,
       leerroute, first_conversation_at, pip_deadline, pip_vastgesteld_at, pip_version_count, updated_at)
     SELECT n, $9, c, 'Persoon', l, 2, 40, string_to_array(ls, ' '), r, f::timestamptz, d, v::timestamptz, CASE WHEN v IS NULL THEN 0 ELSE 1 END, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(n, c, l, ls, r, f, d, v)`,
    [...Object.values(cases), organisationId],
  );
  await db.query('INSERT INTO case_answer_flags SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])', Object.values(flags));
  await db.query('INSERT INTO case_feedback SELECT n, v, l, a, b, c, t::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(n, v, l, a, b, c, t)', Object.values(feedback));
  await db.query('INSERT INTO case_teachback SELECT n, r, c, l, u, t::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::text[]) AS x(n, r, c, l, u, t)', Object.values(teachBack));
};

/** Runs `query` WARM_UP + RUNS times; returns the times of the measured runs (ms) and the size of its last answer. */
const time = async (query: () => Promise<unknown>): Promise<{ times: number[]; size: number }> => {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const answer = await query();
    if (i >= WARM_UP) times.push(performance.now() - start);
    size = Array.isArray(answer) ? answer.length : 0;
  }
  return { times, size };
};

const measure = async (kind: AdapterKind): Promise<BenchRow[]> => {
  const { db, dispose } = await openTestDatabase(kind);
  try {
    const own = await createOrganisation(db, 'Gemeente Bench');
    const other = await createOrganisation(db, 'Gemeente Buur');
    const seeding = performance.now();
    await seedMunicipality(db, own.id, 1);
    await seedMunicipality(db, other.id, 2);
    const seeded = ((performance.now() - seeding) / 1000).toFixed(1);
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the start`;
    const label = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    const queries: [string, () => Promise<unknown>][] = [
      ['caseload, no filter', () => queryCaseload(db, own.id, {}, NOW)],
      ['caseload, PIP open and deadline within two weeks', () => queryCaseload(db, own.id, { status: 'pip-open', deadline: 'soon' }, NOW)],
      ...FIGURE_IDS.map((id): [string, () => Promise<unknown>] => [`figure ${id}`, async () => (await queryFigure(db, own.id, id, NOW)).rows]),
      ['all figures (GET /api/backoffice/figures)', () => queryAllFigures(db, own.id, NOW)],
    ];
    const rows: BenchRow[] = [];
    for (const [name, query] of queries) {
      const { times, size } = await time(query);
      rows.push({
        name: `${name} — ${label}, p95`,
        value: percentile(times, 95),
        unit: 'ms',
        note: `median ${percentile(times, 50).toFixed(2)} ms; ${RUNS} runs${size ? `; ${size} rows` : ''}${rows.length === 0 ? `; seeding ${CASES * 2} cases took ${seeded} s; ${load}` : ''}`,
      });
    }
    return rows;
  } finally {
    await dispose();
  }
};

export const backofficeSuite: BenchSuite = {
  id: 'backoffice',
  title: `Back office: caseload and figures over ${CASES.toLocaleString('en')} cases`,
  method: `A fresh database (PGlite on disk; PostgreSQL on 127.0.0.1 in a fresh schema when \`DATABASE_URL\` is set), all
  migrations run, then two municipalities of ${CASES.toLocaleString('en')} generated cases each (values from a seeded generator, the same every run):
  per case a document row assigned to one of ${CONSULTANTS} consultants, a projection row (one of the languages of the app,
  a tolk's language in 30 %, a leerroute or none, a first conversation in the last two years, the PIP deadline ten weeks
  later, 60 % vastgesteld), up to ${FLAGS_PER_CASE} answer flags of real catalog questions, 1 to ${RATED_CONVERSATIONS_PER_CASE} rated
  conversations and up to ${TEACH_BACKS_PER_CASE} teach-backs of real explanation cards. No ANALYZE is run, as on a fresh server.
  Each query of the back office (\`queryCaseload\` unfiltered and filtered, each figure of \`src/server/backoffice/figures.ts\`,
  and all figures together as one request of the figures screen) is called directly (no HTTP) for the first municipality
  ${WARM_UP} times to warm up and then ${RUNS} times, one after the other; p95 and median of those ${RUNS} runs. The machine
  is a shared virtual machine: the first row of each database notes its load when the run began.`,
  async run(): Promise<BenchRow[]> {
    const rows = await measure('pglite');
    if (DATABASE_URL) rows.push(...(await measure('postgres')));
    else rows.push({ name: 'PostgreSQL', value: NaN, unit: '', note: 'left out: DATABASE_URL is not set' });
    return rows;
  },
};

// Schema test of the explanation cards: shape, one right answer, pictograms that exist (now and as intended),
// every text key present in locales/nl/explain.json and every key there used, and facts with a source.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PICTOGRAMS, isPictogram } from '../pictograms';
import { flatten, groupKeys, variables, type Messages } from '../localeKeys';
import {
  ABOUT_ME_LIKES,
  ABOUT_ME_PANELS,
  EXPLANATION_CARDS,
  FACTS,
  TEACH_BACK_DONT_KNOW,
  WANTED_PICTOGRAMS,
  findExplanationCard,
  intendedPictogramOf,
  pictogramOf,
  type Picto,
} from './index';

const nl = flatten(JSON.parse(readFileSync('locales/nl/explain.json', 'utf8')) as Messages);
const openmoji = JSON.parse(readFileSync('node_modules/openmoji/data/openmoji.json', 'utf8')) as {
  hexcode: string;
}[];
const openmojiCodes = new Set(openmoji.map((e) => e.hexcode));

const pictoSchema = z.union([
  z.string().refine(isPictogram, 'bundled pictogram'),
  z
    .object({
      want: z.string().refine((w) => w in WANTED_PICTOGRAMS, 'wanted pictogram'),
      fallback: z.string().refine(isPictogram),
    })
    .strict(),
]);
const sourceSchema = z
  .object({
    title: z.string().min(3),
    article: z.string().min(3).optional(),
    url: z.string().startsWith('https://').optional(),
  })
  .strict()
  .refine(
    (s) => s.article !== undefined || s.url !== undefined,
    'a source names an article or a URL',
  );
const reviewSchema = z
  .object({
    status: z.enum(['draft', 'reviewed']),
    checkedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    checkedBy: z.string().min(1).nullable(),
    note: z.string().optional(),
  })
  .strict()
  .refine(
    (r) => r.status === 'draft' || r.checkedBy !== null,
    'reviewed content names its reviewer',
  );
const factIds = Object.keys(FACTS) as [string, ...string[]];
const factsSchema = z.record(z.string(), z.enum(factIds)).optional();
const cardSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    titleKey: z.string(),
    pictogram: pictoSchema,
    panels: z
      .array(
        z
          .object({
            pictogram: pictoSchema,
            textKey: z.string(),
            facts: factsSchema,
            noteKey: z.string().startsWith('note.').optional(),
          })
          .strict(),
      )
      .min(3)
      .max(5),
    teachBack: z
      .object({
        questionKey: z.string(),
        facts: factsSchema,
        options: z
          .array(
            z
              .object({
                id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
                pictogram: pictoSchema,
                labelKey: z.string(),
                correct: z.boolean(),
              })
              .strict(),
          )
          .min(2)
          .max(4),
      })
      .strict(),
    source: sourceSchema,
    alsoSee: z.array(sourceSchema).optional(),
    consultantNoteKey: z.string().optional(),
    review: reviewSchema,
  })
  .strict();

const keysOf = (card: (typeof EXPLANATION_CARDS)[number]): string[] => [
  card.titleKey,
  ...card.panels.flatMap((p) => [p.textKey, ...(p.noteKey ? [p.noteKey] : [])]),
  card.teachBack.questionKey,
  ...card.teachBack.options.map((o) => o.labelKey),
  ...(card.consultantNoteKey ? [card.consultantNoteKey] : []),
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')
        ? [join(dir, entry.name)]
        : [],
  );

describe('explanation cards', () => {
  it('every card matches the schema', () => {
    for (const card of EXPLANATION_CARDS)
      expect(cardSchema.safeParse(card).error?.issues ?? [], card.id).toEqual([]);
  });

  it('covers the topics of issue 5, the PIP itself and VVE (issue 13)', () => {
    expect(EXPLANATION_CARDS.map((c) => c.id).sort()).toEqual(
      [
        'alleen-praten',
        'boete',
        'gemeente',
        'inburgeringsplicht',
        'knm-map-pvt',
        'leerroutes',
        'ontzorgen',
        'participatiewet',
        'pip',
        'termijn',
        'vve',
      ].sort(),
    );
  });

  it('ids are unique and findable; option ids are unique and never the reserved "I don\'t know"', () => {
    const ids = EXPLANATION_CARDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of EXPLANATION_CARDS) {
      expect(findExplanationCard(card.id)).toBe(card);
      const options = card.teachBack.options.map((o) => o.id);
      expect(new Set(options).size, card.id).toBe(options.length);
      expect(options, card.id).not.toContain(TEACH_BACK_DONT_KNOW);
    }
  });

  it('every teach-back has exactly one right picture', () => {
    for (const card of EXPLANATION_CARDS)
      expect(
        card.teachBack.options.filter((o) => o.correct),
        card.id,
      ).toHaveLength(1);
  });

  it('the pictures of a teach-back differ: as shown now, with fallbacks only, and as intended', () => {
    const fallbackOf = (p: Picto): string => (typeof p === 'string' ? p : p.fallback);
    for (const card of EXPLANATION_CARDS) {
      const pictos: Picto[] = card.teachBack.options.map((o) => o.pictogram);
      expect(new Set(pictos.map(pictogramOf)).size, `${card.id} (now)`).toBe(pictos.length);
      expect(new Set(pictos.map(fallbackOf)).size, `${card.id} (fallbacks)`).toBe(pictos.length);
      expect(new Set(pictos.map(intendedPictogramOf)).size, `${card.id} (intended)`).toBe(
        pictos.length,
      );
    }
  });

  it('every text key exists in the Dutch source, with the variables its facts fill', () => {
    for (const card of EXPLANATION_CARDS) {
      for (const key of keysOf(card)) expect(nl[key], `${card.id}: ${key}`).toBeTruthy();
      for (const panel of card.panels) {
        const expected = [...Object.keys(panel.facts ?? {})].sort();
        expect({ key: panel.textKey, vars: variables(nl[panel.textKey] ?? '') }).toEqual({
          key: panel.textKey,
          vars: expected,
        });
      }
      const q = card.teachBack;
      expect({ key: q.questionKey, vars: variables(nl[q.questionKey] ?? '') }).toEqual({
        key: q.questionKey,
        vars: Object.keys(q.facts ?? {}).sort(),
      });
      for (const o of q.options) expect(variables(nl[o.labelKey] ?? ''), o.labelKey).toEqual([]);
      expect(variables(nl[card.titleKey] ?? ''), card.titleKey).toEqual([]);
    }
  });

  it('a panel with a note has a fact whose check date the note shows', () => {
    for (const card of EXPLANATION_CARDS) {
      for (const panel of card.panels.filter((p) => p.noteKey)) {
        expect(Object.keys(panel.facts ?? {}).length, panel.textKey).toBeGreaterThan(0);
        expect(variables(nl[panel.noteKey!] ?? ''), panel.noteKey).toEqual(['date']);
      }
    }
  });

  it('the "about me" card and its likes have their texts and pictograms', () => {
    for (const panel of ABOUT_ME_PANELS) {
      expect(nl[panel.textKey], panel.textKey).toBeTruthy();
      expect(pictoSchema.safeParse(panel.pictogram).success, panel.id).toBe(true);
    }
    for (const like of ABOUT_ME_LIKES) {
      expect(nl[like.labelKey], like.labelKey).toBeTruthy();
      expect(pictoSchema.safeParse(like.pictogram).success, like.id).toBe(true);
    }
    expect(new Set(ABOUT_ME_LIKES.map((l) => l.id)).size).toBe(ABOUT_ME_LIKES.length);
  });

  it('every key in locales/nl/explain.json is used by the cards or by src/app/explain', () => {
    const used = new Set([
      ...EXPLANATION_CARDS.flatMap(keysOf),
      ...ABOUT_ME_PANELS.map((p) => p.textKey),
      ...ABOUT_ME_LIKES.map((l) => l.labelKey),
    ]);
    const code = sourceFiles('src/app/explain')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = [...groupKeys(nl).keys()].filter(
      (key) => !used.has(key) && !code.includes(`'${key}'`) && !code.includes(`"${key}"`),
    );
    expect(unused).toEqual([]);
  });
});

describe('facts', () => {
  it('every fact has a positive value, a source and a check date', () => {
    for (const fact of Object.values(FACTS)) {
      expect(fact.value, fact.id).toBeGreaterThan(0);
      expect(sourceSchema.safeParse(fact.source).success, fact.id).toBe(true);
      expect(reviewSchema.safeParse(fact.review).success, fact.id).toBe(true);
    }
  });
});

describe('wanted pictograms', () => {
  it('are OpenMoji pictograms with an SVG in the package, so scripts/copy-pictograms.ts can copy them', () => {
    for (const [name, code] of Object.entries(WANTED_PICTOGRAMS)) {
      expect(openmojiCodes.has(code), `${name} ${code}`).toBe(true);
      expect(existsSync(`node_modules/openmoji/color/svg/${code}.svg`), `${name} ${code}`).toBe(
        true,
      );
    }
  });

  it('once bundled under the same name, they use the same file', () => {
    for (const [name, code] of Object.entries(WANTED_PICTOGRAMS)) {
      if (name in PICTOGRAMS) expect((PICTOGRAMS as Record<string, string>)[name], name).toBe(code);
    }
  });
});

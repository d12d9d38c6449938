// Schema test of the question catalog: shape, unique ids, existing pictograms and follow-up targets.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DOMAINS, findQuestion } from './catalog';
import { PICTOGRAMS, isPictogram } from './pictograms';

const tileSchema = z.object({
  id: z.string().min(1),
  pictogram: z.string().refine(isPictogram),
  labelKey: z.string().startsWith('tile.'),
});
const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
    domainId: z.string(),
    kind: z.enum([
      'single-tile',
      'multi-tile',
      'yes-no-unsure',
      'faces-scale',
      'number',
      'year',
      'own-words',
      'drawing',
    ]),
    textKey: z.string().startsWith('question.'),
    simpleKey: z.string().startsWith('question.').optional(),
    pictogram: z.string().refine(isPictogram),
    tiles: z.array(tileSchema),
    followUps: z.array(z.object({ whenTiles: z.array(z.string()).min(1), questionId: z.string() })),
    sensitivity: z.enum(['normal', 'sensitive']),
    answeredBy: z.enum(['inburgeraar', 'consultant']),
    pipField: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .refine(
    (q) =>
      !q.kind.endsWith('tile') && q.kind !== 'yes-no-unsure' && q.kind !== 'faces-scale'
        ? true
        : q.tiles.length >= 2 && q.tiles.length <= 6,
    'tile questions have 2–6 tiles',
  )
  .refine(
    (q) => q.kind !== 'number' || (q.min !== undefined && q.max !== undefined && q.min < q.max),
    'number questions have a range',
  );

describe('question catalog', () => {
  it('every question matches the schema', () => {
    for (const domain of DOMAINS)
      for (const q of domain.questions)
        expect(questionSchema.safeParse(q).error?.issues ?? [], q.id).toEqual([]);
  });

  it('ids are unique, and questions belong to their domain', () => {
    const ids = DOMAINS.flatMap((d) => d.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DOMAINS) for (const q of d.questions) expect(q.domainId).toBe(d.id);
  });

  it('tile ids are unique within a question and follow-ups point at tiles and questions that exist', () => {
    for (const d of DOMAINS) {
      for (const q of d.questions) {
        const tileIds = q.tiles.map((t) => t.id);
        expect(new Set(tileIds).size, q.id).toBe(tileIds.length);
        for (const f of q.followUps) {
          expect(findQuestion(f.questionId)?.domainId, `${q.id} → ${f.questionId}`).toBe(d.id);
          for (const t of f.whenTiles) expect(tileIds, `${q.id} follow-up tile ${t}`).toContain(t);
        }
      }
    }
  });

  it('every pictogram file is bundled in public/pictograms', () => {
    for (const file of Object.values(PICTOGRAMS))
      expect(existsSync(`public/pictograms/${file}.svg`), file).toBe(true);
  });
});

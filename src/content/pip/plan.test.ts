// The plan's content points at intake fields that exist: a typo would leave a topic without his words.
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../catalog';
import { BASIS_TOPICS, NEED_PICTOGRAMS, PERSPECTIVE_FIELDS } from './plan';
import { isPictogram } from '../pictograms';

const catalogFields = new Set(DOMAINS.flatMap((d) => d.questions.map((q) => q.pipField)));

describe('the PIP content and the intake catalog', () => {
  it('every field the builder shows is asked in the intake', () => {
    const used = [
      ...BASIS_TOPICS.flatMap((t) => t.fields),
      ...Object.keys(NEED_PICTOGRAMS),
      ...PERSPECTIVE_FIELDS,
    ];
    expect(used.filter((f) => !catalogFields.has(f))).toEqual([]);
  });

  it('every basis field of the intake has a topic in basis op orde', () => {
    const basis = [...catalogFields].filter((f): f is string => !!f?.startsWith('basis.'));
    const shown = new Set(BASIS_TOPICS.flatMap((t) => t.fields));
    expect(basis.filter((f) => !shown.has(f))).toEqual([]);
  });

  it('uses pictograms that exist', () => {
    expect(
      [...BASIS_TOPICS.map((t) => t.pictogram), ...Object.values(NEED_PICTOGRAMS)].filter(
        (p) => !isPictogram(p),
      ),
    ).toEqual([]);
  });
});

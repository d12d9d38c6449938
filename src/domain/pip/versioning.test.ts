// A vastgesteld version's hash depends on its content only; two versions compare leaf by leaf.
import { describe, expect, it } from 'vitest';
import { canonicalJson, compareVersions, contentHash } from './versioning';

describe('canonicalJson and contentHash', () => {
  it('writes one text for one content, whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,"x"]},"b":1}',
    );
    expect(canonicalJson({ a: { c: null, d: [1, 'x'] }, b: 1 })).toBe(
      canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } }),
    );
  });

  it('hashes with SHA-256 over the canonical text (a known digest), and any change changes it', async () => {
    // sha256('{"a":1}')
    expect(await contentHash({ a: 1 })).toBe(
      '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    );
    const plan = { leerroute: 'b1', afspraken: [{ wie: 'gemeente', wat: 'kinderopvang regelen' }] };
    const same = { afspraken: [{ wat: 'kinderopvang regelen', wie: 'gemeente' }], leerroute: 'b1' };
    expect(await contentHash(plan)).toBe(await contentHash(same));
    expect(await contentHash({ ...plan, leerroute: 'z' })).not.toBe(await contentHash(plan));
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('compareVersions', () => {
  it('lists every changed, added and removed leaf with its path', () => {
    const first = {
      leerroute: 'b1',
      looptijd: 36,
      afspraken: [{ wie: 'gemeente', wat: 'kinderopvang' }],
      oud: true,
    };
    const second = {
      leerroute: 'z',
      looptijd: 36,
      afspraken: [
        { wie: 'gemeente', wat: 'kinderopvang' },
        { wie: 'taalcoach', wat: 'elke week' },
      ],
    };
    expect(compareVersions(first, second)).toEqual([
      { path: ['afspraken', 1], after: { wie: 'taalcoach', wat: 'elke week' } },
      { path: ['leerroute'], before: 'b1', after: 'z' },
      { path: ['oud'], before: true },
    ]);
  });

  it('finds nothing between equal versions', () => {
    expect(compareVersions({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nlCommon from '../../../locales/nl/common.json';
import { lockT } from './lockTexts';

/** The lock keys the PIN screens ask for by name (`t('lock.title')`); `lock.problem.*` through its template. */
const keysOfScreens = (): string[] =>
  ['LockScreen.tsx', 'SetPinScreen.tsx', 'PinPad.tsx'].flatMap((file) =>
    [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/t\('(lock\.[\w.-]+)'/g)].map(
      (m) => m[1]!,
    ),
  );

describe('lockT', () => {
  it('gives the Dutch lock texts of common.json', () => {
    expect(lockT('lock.title')).toBe(nlCommon.lock.title);
    expect(lockT('lock.problem.too-simple')).toBe(nlCommon.lock.problem['too-simple']);
  });

  it('picks the Dutch plural form and fills in the count', () => {
    expect(lockT('lock.wrong', { count: 1 })).toBe(
      'Verkeerde pincode. Nog 1 poging, dan moet u even wachten.',
    );
    expect(lockT('lock.wrong', { count: 3 })).toBe(
      nlCommon.lock.wrong_other.replace('{{count}}', '3'),
    );
    expect(lockT('lock.digitsEntered', { count: 0 })).toBe('0 cijfers ingetoetst');
  });

  it('has a text for every key the PIN screens ask for', () => {
    const keys = keysOfScreens();
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(lockT(key as `lock.${string}`, { count: 2 }), key).not.toBe(key);
    for (const problem of Object.keys(nlCommon.lock.problem))
      expect(lockT(`lock.problem.${problem}`)).toBe(nlCommon.lock.problem[problem as 'digits']);
  });

  it('names an unknown key instead of showing nothing', () => {
    expect(lockT('lock.no-such-text')).toBe('lock.no-such-text');
  });
});

import { describe, expect, it } from 'vitest';
import nlCommon from '../../../locales/nl/common.json';
import { lockT } from './lockTexts';

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

  it('names an unknown key instead of showing nothing', () => {
    expect(lockT('lock.no-such-text')).toBe('lock.no-such-text');
  });
});

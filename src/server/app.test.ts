// Content negotiation of the compressed answers (the answers themselves: tests/integration/compression.test.ts).
import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from './app';

describe('Accept-Encoding', () => {
  it('negotiates like RFC 9110: q=0 refuses, * admits what is not named', () => {
    expect(negotiateEncoding('gzip, deflate, br', ['gzip', 'br'])).toBe('gzip');
    expect(negotiateEncoding('br;q=1.0, gzip;q=0', ['gzip', 'br'])).toBe('br');
    expect(negotiateEncoding('*;q=0.5, gzip;q=0', ['gzip', 'br'])).toBe('br');
    expect(negotiateEncoding('identity', ['gzip', 'br'])).toBeUndefined();
    expect(negotiateEncoding(undefined, ['gzip', 'br'])).toBeUndefined();
  });
});

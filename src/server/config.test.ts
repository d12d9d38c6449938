// TRUST_PROXY: the proxies whose X-Forwarded-For is believed (the behaviour behind them: tests/integration/proxy.test.ts).
import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './config';

describe('TRUST_PROXY', () => {
  it('reads TRUST_PROXY as addresses and ranges, and refuses anything else plainly', () => {
    expect(parseTrustProxy(undefined)).toEqual([]);
    expect(parseTrustProxy(' 10.0.0.5, 10.0.0.0/8 ,::1,fd00::/8 ')).toEqual([
      '10.0.0.5',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of [
      'true',
      '*',
      '10.0.0.0/33',
      '300.1.1.1',
      'loadbalancer.local',
      '10.0.0.1/8/2',
    ]) {
      expect(() => parseTrustProxy(bad)).toThrowError(/TRUST_PROXY/);
    }
  });
});

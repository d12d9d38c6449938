// Refusals before login cannot flood the audit log: one row at once, one counted row per address and minute.
import { describe, expect, it } from 'vitest';
import { createRefusalTally, OTHER_ADDRESSES } from './refusalTally';

const refused = (ip: string, reason = 'invalid-token') => ({
  action: 'sync',
  outcome: 'refused' as const,
  reason,
  ip,
  target: 'case/x',
});

describe('refusal tally', () => {
  it('writes the first refusal at once and counts the rest of the minute in one row', () => {
    const tally = createRefusalTally({ windowMs: 60_000 });
    const written = Array.from({ length: 500 }, (_, i) =>
      tally.admit(refused('203.0.113.9'), 1000 + i),
    );
    expect(written.filter(Boolean)).toHaveLength(1);
    expect(tally.drain(30_000)).toEqual([]);
    expect(tally.drain(61_000)).toEqual([
      {
        action: 'sync',
        outcome: 'refused',
        reason: 'invalid-token',
        ip: '203.0.113.9',
        target: undefined,
        count: 499,
      },
    ]);
    expect(tally.drain(200_000)).toEqual([]);
  });

  it('keeps addresses and reasons apart', () => {
    const tally = createRefusalTally();
    expect(tally.admit(refused('a'), 0)).toBe(true);
    expect(tally.admit(refused('b'), 0)).toBe(true);
    expect(tally.admit(refused('a', 'token-expired'), 0)).toBe(true);
    expect(tally.admit(refused('a'), 1)).toBe(false);
    expect(tally.drain(0, true).map((e) => [e.ip, e.count])).toEqual([['a', 1]]);
  });

  it('starts a new window after a minute, handing on the count of the old one', () => {
    const tally = createRefusalTally({ windowMs: 1000 });
    tally.admit(refused('a'), 0);
    tally.admit(refused('a'), 10);
    expect(tally.admit(refused('a'), 1000)).toBe(true);
    expect(tally.drain(1001).map((e) => e.count)).toEqual([1]);
  });

  it('counts addresses beyond its memory together instead of growing', () => {
    const tally = createRefusalTally({ maxKeys: 3 });
    const firsts = Array.from({ length: 100 }, (_, i) => tally.admit(refused(`10.0.0.${i}`), 0));
    expect(firsts.filter(Boolean)).toHaveLength(4);
    const rows = tally.drain(0, true);
    expect(rows).toEqual([expect.objectContaining({ ip: OTHER_ADDRESSES, count: 96 })]);
  });
});

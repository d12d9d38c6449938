// Tests of local retention: only synced, untouched, closed cases leave the tablet.
import { describe, expect, it } from 'vitest';
import { casesToPurge } from './retention';

const NOW = '2026-11-23T00:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();

describe('casesToPurge', () => {
  it('purges synced cases untouched for longer than the retention period', () => {
    const cases = [
      { id: 'old-synced', dirty: 0 as const, updatedAt: daysAgo(40), syncedAt: daysAgo(39) },
      { id: 'old-unsynced', dirty: 1 as const, updatedAt: daysAgo(40) },
      { id: 'recent', dirty: 0 as const, updatedAt: daysAgo(5), syncedAt: daysAgo(5) },
      {
        id: 'old-but-just-synced',
        dirty: 0 as const,
        updatedAt: daysAgo(40),
        syncedAt: daysAgo(1),
      },
    ];
    expect(casesToPurge(cases, NOW, 30)).toEqual(['old-synced']);
  });

  it('never purges a case that is open', () => {
    const cases = [{ id: 'open', dirty: 0 as const, updatedAt: daysAgo(100) }];
    expect(casesToPurge(cases, NOW, 30, new Set(['open']))).toEqual([]);
  });
});

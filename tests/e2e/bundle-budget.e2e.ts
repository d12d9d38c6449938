// The built PWA stays within its size budgets (stable byte counts, measured on the build under test).
import { describe, expect, it } from 'vitest';
import { bundleSuite } from '../bench/bundle.bench';

describe('bundle budget', () => {
  it('keeps the entry chunk and the precache within budget', async () => {
    const rows = await bundleSuite.run();
    const withTarget = rows.filter((r) => r.target);
    expect(withTarget.length).toBeGreaterThanOrEqual(2);
    for (const row of withTarget)
      expect({ name: row.name, value: row.value, met: row.met }).toMatchObject({ met: true });
  });
});

// Sync rounds run one at a time: asks during a round bring exactly one more round; a later ask a fresh one.
import { describe, expect, it, vi } from 'vitest';
import { oneAtATime } from './oneAtATime';

describe('oneAtATime', () => {
  it('never runs two rounds together, and runs one more round for any number of asks during a round', async () => {
    let active = 0;
    let most = 0;
    let rounds = 0;
    const finish: (() => void)[] = [];
    const run = oneAtATime(async () => {
      rounds++;
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => finish.push(resolve));
      active--;
    });
    const first = run();
    const second = run();
    const third = run();
    await Promise.resolve();
    expect(rounds).toBe(1);
    finish.shift()!();
    await vi.waitFor(() => expect(rounds).toBe(2));
    finish.shift()!();
    await Promise.all([first, second, third]);
    expect(rounds).toBe(2);
    expect(most).toBe(1);
    // A later ask starts a fresh round.
    const fourth = run();
    await vi.waitFor(() => expect(rounds).toBe(3));
    finish.shift()!();
    await fourth;
  });
});

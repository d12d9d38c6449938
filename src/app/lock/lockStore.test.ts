// The lock at start: where the last start ended at the locked PIN pad, the next one shows it before reading the
// tablet, but nothing the pad does goes around what the tablet holds (a block counts, a handover is never guessed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../storage/db';
import { writeSetting } from '../../storage/settings';

/** A start of the app: the lock store's module loaded anew (its first state comes from the last start). */
const start = async () => {
  vi.resetModules();
  return (await import('./lockStore')).useLockStore;
};

beforeEach(() => localStorage.clear());
afterEach(async () => {
  const db = openDb();
  await db.delete();
});

describe('the lock at start', () => {
  it('shows the locked pad at once after a start that ended with a PIN, before the tablet is read', async () => {
    const first = await start();
    expect(first.getState().ready).toBe(false);
    await first.getState().init();
    await first.getState().setPin('2580');

    const next = await start();
    // Before any reading: the locked pad.
    expect(next.getState()).toMatchObject({ ready: true, hasPin: true, locked: true });
    await next.getState().init();
    expect(next.getState()).toMatchObject({ ready: true, hasPin: true, locked: true });
    expect((await next.getState().tryPin('2580')).kind).toBe('unlocked');
  }, 20_000);

  it('never guesses a handover: a start after one waits for the tablet and opens the conversation', async () => {
    const first = await start();
    await first.getState().init();
    await first.getState().setPin('2580');
    await first.getState().startHandover('c1', 'v1');

    const next = await start();
    expect(next.getState().ready).toBe(false);
    await next.getState().init();
    expect(next.getState()).toMatchObject({
      ready: true,
      locked: false,
      handover: { caseId: 'c1', conversationId: 'v1' },
    });
  }, 20_000);

  it('counts a PIN tried before the tablet is read against the stored block', async () => {
    const first = await start();
    await first.getState().init();
    await first.getState().setPin('2580');
    const until = new Date(Date.now() + 60_000).toISOString();
    const db = openDb();
    await writeSetting(db, 'lockCounters', { failedAttempts: 5, blockedUntil: until });
    db.close();

    const next = await start();
    expect(next.getState().ready).toBe(true);
    // The right PIN at once: still blocked, as the tablet says.
    const outcome = await next.getState().tryPin('2580');
    expect(outcome).toMatchObject({ kind: 'blocked', until });
    expect(next.getState().locked).toBe(true);
  }, 20_000);
});

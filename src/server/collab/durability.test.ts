// What of a document in memory is durable: settled only when every tracked append is committed; poisoned for good
// by a failed one.
import { describe, expect, it } from 'vitest';
import { createDurabilityTracker } from './durability';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

/**
 * Where a promise stands once everything it could react to has run. The tracker is promise chains only (no
 * timer, no I/O), so whatever settles it has run once the microtasks queued so far have: setImmediate runs after
 * them, not after a guessed number of milliseconds.
 */
const state = async (p: Promise<void>) =>
  Promise.race([
    p.then(
      () => 'settled',
      () => 'failed',
    ),
    new Promise((r) => setImmediate(() => r('pending'))),
  ]);

describe('durability of a document in memory', () => {
  it('settles only when every append tracked so far is committed, whatever order they finish in', async () => {
    const tracker = createDurabilityTracker();
    const doc = {};
    const first = deferred();
    const second = deferred();
    tracker.track(doc, first.promise);
    tracker.track(doc, second.promise);
    const settled = tracker.settled(doc);
    second.resolve();
    expect(await state(settled)).toBe('pending');
    first.resolve();
    expect(await state(settled)).toBe('settled');
    expect(await state(tracker.settled({}))).toBe('settled'); // another document waits for nothing
  });

  it('a failed append poisons the document: nothing on it settles again', async () => {
    const tracker = createDurabilityTracker();
    const doc = {};
    const failing = deferred();
    tracker.track(doc, failing.promise);
    failing.reject(new Error('disk full'));
    await expect(tracker.settled(doc)).rejects.toThrow('disk full');
    expect(tracker.isPoisoned(doc)).toBe(true);
    tracker.track(doc, Promise.resolve());
    await expect(tracker.settled(doc)).rejects.toThrow('disk full');
    expect(tracker.isPoisoned({})).toBe(false);
  });
});

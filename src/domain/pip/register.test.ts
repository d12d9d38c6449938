// The plan's register: a change replaces what this tablet has, and two tablets apart keep both words.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSlots, writeSlot } from './register';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('plan register', () => {
  it('a second write on the same tablet replaces the first', () => {
    const doc = new Y.Doc();
    writeSlot(doc, 'goal', 'kok worden', { now: '2026-12-01T10:00:00.000Z' });
    writeSlot(doc, 'goal', 'eigen restaurant', { now: '2026-12-01T10:05:00.000Z' });
    const goal = readSlots(doc).get('goal')!;
    expect(goal.value).toBe('eigen restaurant');
    expect(goal.conflicts).toEqual([]);
    expect(doc.getMap('pipEntries').size).toBe(1);
  });

  it('two tablets apart both keep their words: the latest shows, the other waits as a conflict', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeSlot(a, 'goal', 'start', { now: '2026-12-01T09:00:00.000Z' });
    sync(a, b);
    writeSlot(a, 'goal', 'verpleegkundige', { now: '2026-12-01T10:00:00.000Z' });
    writeSlot(b, 'goal', 'eigen kapsalon', { now: '2026-12-01T10:01:00.000Z' });
    sync(a, b);
    for (const doc of [a, b]) {
      const goal = readSlots(doc).get('goal')!;
      expect(goal.value).toBe('eigen kapsalon');
      expect(goal.conflicts.map((c) => c.value)).toEqual(['verpleegkundige']);
    }
    // Choosing on one tablet settles it on both.
    writeSlot(a, 'goal', 'verpleegkundige', { now: '2026-12-01T11:00:00.000Z' });
    sync(a, b);
    expect(readSlots(b).get('goal')).toMatchObject({ value: 'verpleegkundige', conflicts: [] });
  });

  it('the same value written apart is no conflict', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeSlot(a, 'basis:income', { status: 'ok' }, { now: '2026-12-01T10:00:00.000Z' });
    writeSlot(b, 'basis:income', { status: 'ok' }, { now: '2026-12-01T10:02:00.000Z' });
    sync(a, b);
    expect(readSlots(a, 'basis:').get('basis:income')!.conflicts).toEqual([]);
  });

  it("a change begun before another tablet's arrived replaces only what was seen: both stay", () => {
    const a = new Y.Doc();
    writeSlot(a, 'goal', 'kok', { now: '2026-12-01T09:00:00.000Z' });
    const seen = readSlots(a).get('goal')!.entryIds;
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeSlot(b, 'goal', 'bakker', { now: '2026-12-01T09:05:00.000Z' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b)); // arrives while she types on tablet a
    writeSlot(a, 'goal', 'kok in een hotel', { now: '2026-12-01T09:06:00.000Z', replaces: seen });
    const goal = readSlots(a).get('goal')!;
    expect(goal.value).toBe('kok in een hotel');
    expect(goal.conflicts.map((c) => c.value)).toEqual(['bakker']);
  });
});

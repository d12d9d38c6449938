// Property test of "never lose a word": random answer / retract / tile / draw / undo / note / choose
// operations on 3–5 tablets, delivered in random partitions (some updates, out of order, some twice),
// then every tablet meets every other. All tablets must show the same case, and every value ever given
// must still be there — shown, or waiting in a conflict — unless the same person replaced it on a
// tablet that had it (or the consultant chose another answer there).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerContent,
  answerQuestion,
  chooseAnswer,
  chooseTile,
  clearAnswer,
  collectAnswerRecords,
  personOf,
  type Person,
} from './answers';
import { readCase, readConversationById } from './caseDoc';
import { addNote, createCase, startConversation } from './commands';
import { addStroke, createDrawing, drawingIdFor, readStrokes, undoStroke } from './drawings';
import type { AnsweredBy } from './types';

const NOW = '2026-11-23T10:00:00.000Z';
const QUESTIONS = ['q1', 'q2'] as const;
const MULTI = 'm';
const TILES = ['t1', 't2', 't3'] as const;
const DRAWING = drawingIdFor('v1', 'draw');
const WHO: AnsweredBy[] = ['inburgeraar', 'via-tolk', 'consultant'];

type Op =
  | { kind: 'answer'; r: number; q: string; who: number; value: number | null; flag: boolean }
  | { kind: 'retract'; r: number; q: string; who: number }
  | { kind: 'tile'; r: number; tile: string; chosen: boolean; who: number }
  | { kind: 'draw'; r: number }
  | { kind: 'undo'; r: number }
  | { kind: 'note'; r: number }
  | { kind: 'choose'; r: number; q: string; pick: number }
  | { kind: 'deliver'; from: number; to: number; picks: number[] };

const r = fc.nat(4);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    r,
    q: fc.constantFrom(...QUESTIONS, MULTI),
    who: fc.nat(2),
    value: fc.option(fc.nat(3)),
    flag: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('retract' as const),
    r,
    q: fc.constantFrom(...QUESTIONS, MULTI),
    who: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('tile' as const),
    r,
    tile: fc.constantFrom(...TILES),
    chosen: fc.boolean(),
    who: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('draw' as const), r }),
  fc.record({ kind: fc.constant('undo' as const), r }),
  fc.record({ kind: fc.constant('note' as const), r }),
  fc.record({
    kind: fc.constant('choose' as const),
    r,
    q: fc.constantFrom(...QUESTIONS),
    pick: fc.nat(3),
  }),
  fc.record({
    kind: fc.constant('deliver' as const),
    from: r,
    to: r,
    picks: fc.array(fc.nat(40), { maxLength: 8 }),
  }),
);

interface Tablet {
  doc: Y.Doc;
  /** Every update this tablet made or received, in order: what it can pass on. */
  log: Uint8Array[];
}

const records = (doc: Y.Doc, q: string) =>
  collectAnswerRecords(doc).get('v1')?.get(q) ?? { entries: [], marks: [] };

const run = (replicaCount: number, ops: Op[]) => {
  const origin = new Y.Doc();
  createCase(origin, { id: 'c1', name: 'Amanuel', language: 'ti', now: NOW });
  startConversation(origin, { id: 'v1', type: 'intake-a', language: 'ti', now: NOW });
  const tablets: Tablet[] = Array.from({ length: replicaCount }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    const tablet: Tablet = { doc, log: [] };
    doc.on('update', (update: Uint8Array) => tablet.log.push(update));
    return tablet;
  });

  // What was given, and what a person was entitled to make disappear.
  const given = new Map<string, { q: string; content: string }>();
  const mayGo = new Set<string>();
  const marksGiven = new Map<string, string>();
  const marksMayGo = new Set<string>();
  const strokes = new Set<string>();
  const strokesMayGo = new Set<string>();
  const notes = new Set<string>();
  let seq = 0;
  const id = (prefix: string) => `${prefix}-${++seq}`;
  const clock = () => new Date(Date.parse(NOW) + (seq % 7) * 60_000).toISOString();
  /** Entries and marks of this person on this tablet: a new answer of theirs replaces them. */
  const seenBy = (doc: Y.Doc, q: string, person: Person) => {
    const { entries, marks } = records(doc, q);
    return {
      entries: entries.filter((e) => personOf(e.entry.answeredBy) === person),
      marks: marks.filter((m) => personOf(m.mark.answeredBy) === person),
    };
  };

  for (const op of ops) {
    if (op.kind === 'deliver') {
      const from = tablets[op.from % replicaCount]!;
      const to = tablets[op.to % replicaCount]!;
      if (from === to || from.log.length === 0) continue;
      for (const pick of op.picks) Y.applyUpdate(to.doc, from.log[pick % from.log.length]!);
      continue;
    }
    const tablet = tablets[op.r % replicaCount]!;
    const doc = tablet.doc;
    const now = clock();
    switch (op.kind) {
      case 'answer': {
        const answeredBy = WHO[op.who]!;
        const seen = seenBy(doc, op.q, personOf(answeredBy));
        const entryId = id('e');
        // A multi-choice question takes tiles (op 'tile') or a flag, never a single value.
        const input =
          op.flag || op.value === null || op.q === MULTI
            ? { flag: 'dont-know' as const }
            : { value: { kind: 'number' as const, value: op.value } };
        answerQuestion(doc, {
          conversationId: 'v1',
          questionId: op.q,
          language: 'ti',
          answeredBy,
          now,
          id: entryId,
          ...input,
        });
        for (const e of seen.entries) mayGo.add(e.id);
        if ('flag' in input) for (const m of seen.marks) marksMayGo.add(m.id);
        given.set(entryId, { q: op.q, content: answerContent(input) });
        break;
      }
      case 'retract': {
        const seen = seenBy(doc, op.q, personOf(WHO[op.who]!));
        clearAnswer(doc, { conversationId: 'v1', questionId: op.q, answeredBy: WHO[op.who]! });
        for (const e of seen.entries) mayGo.add(e.id);
        for (const m of seen.marks) marksMayGo.add(m.id);
        break;
      }
      case 'tile': {
        const answeredBy = WHO[op.who]!;
        const before = records(doc, MULTI);
        const seen = seenBy(doc, MULTI, personOf(answeredBy));
        const markId = id('m');
        chooseTile(doc, {
          conversationId: 'v1',
          questionId: MULTI,
          tileId: op.tile,
          chosen: op.chosen,
          language: 'ti',
          answeredBy,
          now,
          id: markId,
        });
        if (op.chosen && !before.marks.some((m) => m.mark.tileId === op.tile)) {
          marksGiven.set(markId, op.tile);
          for (const e of seen.entries)
            if (!e.entry.value && !e.entry.ownWords && !e.entry.drawingRef) mayGo.add(e.id);
        }
        if (!op.chosen)
          for (const m of seen.marks) if (m.mark.tileId === op.tile) marksMayGo.add(m.id);
        break;
      }
      case 'draw': {
        const strokeId = id('s');
        createDrawing(doc, { id: DRAWING, now });
        addStroke(doc, {
          drawingId: DRAWING,
          id: strokeId,
          color: 'blue',
          points: [seq % 1000, 5, 0.5],
          by: `tablet-${op.r % replicaCount}`,
          now,
        });
        strokes.add(strokeId);
        break;
      }
      case 'undo': {
        try {
          const undone = undoStroke(doc, {
            drawingId: DRAWING,
            by: `tablet-${op.r % replicaCount}`,
          });
          if (undone) strokesMayGo.add(undone);
        } catch {
          // No drawing on this tablet yet: nothing to undo.
        }
        break;
      }
      case 'note': {
        const noteId = id('n');
        addNote(doc, {
          id: noteId,
          text: `note ${noteId}`,
          device: { deviceId: `tablet-${op.r}` },
          now,
        });
        notes.add(noteId);
        break;
      }
      case 'choose': {
        const { entries } = records(doc, op.q);
        const chosen = entries[op.pick % Math.max(1, entries.length)];
        if (!chosen || entries.length < 2) break;
        chooseAnswer(doc, { conversationId: 'v1', questionId: op.q, entryId: chosen.id });
        for (const e of entries) if (e.id !== chosen.id) mayGo.add(e.id);
        break;
      }
    }
  }

  // The tablets come together: everyone gets everyone's state.
  for (const from of tablets)
    for (const to of tablets)
      if (from !== to) Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc));

  const first = tablets[0]!.doc;
  for (const { doc } of tablets.slice(1)) {
    expect(readCase(doc)).toEqual(readCase(first));
    expect(readStrokes(doc, DRAWING)).toEqual(readStrokes(first, DRAWING));
  }
  const conversation = readConversationById(first, 'v1')!;
  for (const [entryId, { q, content }] of given) {
    if (mayGo.has(entryId)) continue;
    const visible = [conversation.answers[q], ...(conversation.conflicts[q] ?? [])]
      .filter((a) => !!a)
      .map((a) => answerContent(q === MULTI ? { ...a, value: undefined } : a));
    expect(visible, `entry ${entryId} (${content}) of ${q} vanished`).toContain(content);
  }
  const shownTiles =
    conversation.answers[MULTI]?.value?.kind === 'tiles'
      ? conversation.answers[MULTI].value.tileIds
      : [];
  for (const [markId, tile] of marksGiven)
    if (!marksMayGo.has(markId))
      expect(shownTiles, `tile ${tile} (${markId}) vanished`).toContain(tile);
  const strokeIds = readStrokes(first, DRAWING).map((s) => s.id);
  for (const strokeId of strokes)
    if (!strokesMayGo.has(strokeId)) expect(strokeIds).toContain(strokeId);
  expect(
    readCase(first)
      .notes.map((n) => n.id)
      .sort(),
  ).toEqual([...notes].sort());
};

describe('answers on 3–5 tablets apart and together', () => {
  it('converge, and keep every value unless its own person replaced it after seeing it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.array(opArb, { minLength: 5, maxLength: 60 }),
        (replicas, ops) => run(replicas, ops),
      ),
      { numRuns: 300 },
    );
  });
});

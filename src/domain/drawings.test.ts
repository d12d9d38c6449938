// Tests of drawings in the case doc: what a stroke stores, undo of one's own strokes, clear, and
// convergence of two tablets that draw at the same time.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCase } from './commands';
import { LOCAL_ORIGIN } from './schema';
import { DomainError } from './errors';
import {
  DEFAULT_STROKE_SIZE,
  MAX_STROKE_POINTS,
  addStroke,
  canUndoStroke,
  clearDrawing,
  compactPoints,
  createDrawing,
  drawingIdFor,
  drawStroke,
  drawingsMap,
  strokeColorHex,
  strokeTriples,
  strokesArray,
  readDrawing,
  readDrawings,
  readStrokes,
  undoStroke,
} from './drawings';

const NOW = '2026-11-23T10:00:00.000Z';
const LATER = '2026-11-23T10:05:00.000Z';
const LINE = [100, 100, 0.5, 200, 150, 0.5, 300, 210, 0.5];

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Amanuel', language: 'ti', now: NOW });
  return doc;
};

const withDrawing = () => {
  const doc = newCase();
  createDrawing(doc, { id: 'd1', now: NOW, title: ' Mijn dag ' });
  return doc;
};

const stroke = (
  id: string,
  by = 'tablet-a',
  color: 'black' | 'blue' | 'red' | 'green' = 'black',
) => ({
  drawingId: 'd1',
  id,
  color,
  points: LINE,
  by,
  now: NOW,
});

/** Sends each doc's missing updates to the other, as the sync server would. */
const exchange = (a: Y.Doc, b: Y.Doc) => {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
};

const ids = (doc: Y.Doc) => readStrokes(doc, 'd1').map((s) => s.id);

describe('createDrawing', () => {
  it('creates an empty drawing with its time and trimmed title', () => {
    expect(readDrawing(withDrawing(), 'd1')).toEqual({
      id: 'd1',
      createdAt: NOW,
      title: 'Mijn dag',
      strokes: [],
    });
  });

  it('needs a case', () => {
    expect(() => createDrawing(new Y.Doc(), { id: 'd1', now: NOW })).toThrow(DomainError);
  });

  it('never replaces an existing drawing and its strokes', () => {
    const doc = withDrawing();
    addStroke(doc, stroke('s1'));
    expect(createDrawing(doc, { id: 'd1', now: LATER })).toBe(false);
    expect(readDrawing(doc, 'd1')).toMatchObject({ createdAt: NOW, strokes: [{ id: 's1' }] });
  });

  it('lists the drawings of a case, oldest first', () => {
    const doc = withDrawing();
    createDrawing(doc, { id: 'd0', now: LATER });
    expect(readDrawings(doc).map((d) => d.id)).toEqual(['d1', 'd0']);
  });
});

describe('addStroke', () => {
  it('stores the whole stroke in one local transaction', () => {
    const doc = withDrawing();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const stored = addStroke(doc, stroke('s1'));
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(readStrokes(doc, 'd1')).toEqual([
      {
        id: 's1',
        color: 'black',
        size: DEFAULT_STROKE_SIZE,
        points: LINE,
        by: 'tablet-a',
        at: NOW,
      },
    ]);
    expect(stored).toEqual(readStrokes(doc, 'd1')[0]);
  });

  it('rounds points to the 1000 square and pressure to 1/32 steps', () => {
    expect(compactPoints([10.4, 1200, 0.37, -5, 999.6, 2])).toEqual([10, 1000, 0.375, 0, 1000, 1]);
  });

  it('keeps a single point, a tap, as a dot', () => {
    const doc = withDrawing();
    addStroke(doc, { ...stroke('dot'), points: [500, 500, 0.5] });
    expect(readStrokes(doc, 'd1')[0]?.points).toEqual([500, 500, 0.5]);
  });

  it('refuses a missing drawing, a broken point list, an unknown colour or size, and stores nothing', () => {
    const doc = withDrawing();
    expect(() => addStroke(doc, { ...stroke('s'), drawingId: 'nope' })).toThrow(DomainError);
    expect(() => addStroke(doc, { ...stroke('s'), drawingId: 'nope' })).toThrow(
      expect.objectContaining({ code: 'drawing-missing' }),
    );
    expect(() => addStroke(doc, { ...stroke('s'), points: [1, 2] })).toThrow(/triples/);
    expect(() => addStroke(doc, { ...stroke('s'), points: [] })).toThrow(DomainError);
    expect(() => addStroke(doc, { ...stroke('s'), points: [] })).toThrow(
      expect.objectContaining({ code: 'stroke-invalid' }),
    );
    expect(() => addStroke(doc, { ...stroke('s'), points: [1, Number.NaN, 0.5] })).toThrow(
      /finite/,
    );
    expect(() =>
      addStroke(doc, {
        ...stroke('s'),
        points: new Array<number>((MAX_STROKE_POINTS + 1) * 3).fill(1),
      }),
    ).toThrow(DomainError);
    expect(() => addStroke(doc, { ...stroke('s'), color: 'pink' as 'black' })).toThrow(/colour/);
    expect(() => addStroke(doc, { ...stroke('s'), size: 500 })).toThrow(/size/);
    expect(readStrokes(doc, 'd1')).toEqual([]);
  });

  it('skips a malformed stroke from a peer when reading instead of failing', () => {
    const doc = withDrawing();
    addStroke(doc, stroke('s1'));
    const bad = new Y.Map<unknown>();
    bad.set('id', 'bad');
    bad.set('drawingId', 'd1');
    bad.set('points', 'not a list');
    strokesArray(doc).push([bad]);
    expect(ids(doc)).toEqual(['s1']);
  });
});

describe('undoStroke', () => {
  it('removes only the last stroke of the given author', () => {
    const doc = withDrawing();
    addStroke(doc, stroke('a1', 'tablet-a'));
    addStroke(doc, stroke('a2', 'tablet-a'));
    addStroke(doc, stroke('b1', 'tablet-b'));
    expect(undoStroke(doc, { drawingId: 'd1', by: 'tablet-a' })).toBe('a2');
    expect(ids(doc)).toEqual(['a1', 'b1']);
    expect(undoStroke(doc, { drawingId: 'd1', by: 'tablet-a' })).toBe('a1');
    expect(canUndoStroke(doc, 'd1', 'tablet-a')).toBe(false);
    expect(undoStroke(doc, { drawingId: 'd1', by: 'tablet-a' })).toBeUndefined();
    expect(ids(doc)).toEqual(['b1']);
  });

  it('still works after the doc is reloaded from its stored state (no in-memory history needed)', () => {
    const doc = withDrawing();
    addStroke(doc, stroke('a1'));
    addStroke(doc, stroke('a2'));
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    expect(undoStroke(reloaded, { drawingId: 'd1', by: 'tablet-a' })).toBe('a2');
    expect(ids(reloaded)).toEqual(['a1']);
  });
});

describe('drawStroke', () => {
  it('creates the drawing with its first stroke, in one local transaction', () => {
    const doc = newCase();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const stored = drawStroke(doc, { ...stroke('s1'), title: ' Mijn dag ' });
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(readDrawing(doc, 'd1')).toEqual({
      id: 'd1',
      createdAt: NOW,
      title: 'Mijn dag',
      strokes: [stored],
    });
  });

  it('adds to a drawing that exists and never replaces it', () => {
    const doc = withDrawing();
    drawStroke(doc, { ...stroke('s1'), title: 'Another title', now: LATER });
    expect(readDrawing(doc, 'd1')).toMatchObject({
      createdAt: NOW,
      title: 'Mijn dag',
      strokes: [{ id: 's1' }],
    });
  });

  it('refuses before it writes: no case, no drawing id, or a stroke that is not one', () => {
    expect(() => drawStroke(new Y.Doc(), stroke('s1'))).toThrow(
      expect.objectContaining({ code: 'case-missing' }),
    );
    const doc = newCase();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => drawStroke(doc, { ...stroke('s1'), drawingId: '' })).toThrow(
      expect.objectContaining({ code: 'drawing-missing' }),
    );
    expect(() => drawStroke(doc, { ...stroke('s1'), points: [1, 2] })).toThrow(
      expect.objectContaining({ code: 'stroke-invalid' }),
    );
    expect(() => drawStroke(doc, { ...stroke('s1'), points: [1, 2] })).toThrow(DomainError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readDrawing(doc, 'd1')).toBeUndefined();
  });
});

describe('reading strokes for drawing them', () => {
  it('gives the palette colour, and black for a colour a newer app added', () => {
    expect(strokeColorHex('blue')).toBe('#0072b2');
    expect(strokeColorHex('purple')).toBe('#1f2a2a');
    expect(strokeColorHex('constructor')).toBe('#1f2a2a');
  });

  it('splits the flat points into x, y, pressure triples', () => {
    expect(strokeTriples(LINE)).toEqual([
      [100, 100, 0.5],
      [200, 150, 0.5],
      [300, 210, 0.5],
    ]);
    expect(strokeTriples([])).toEqual([]);
  });
});

describe('clearDrawing', () => {
  it('removes all strokes but keeps the drawing', () => {
    const doc = withDrawing();
    addStroke(doc, stroke('a1'));
    addStroke(doc, stroke('b1', 'tablet-b'));
    clearDrawing(doc, { drawingId: 'd1' });
    expect(readDrawing(doc, 'd1')).toMatchObject({ id: 'd1', strokes: [] });
  });
});

describe('two tablets drawing at the same time', () => {
  const twoTablets = () => {
    const a = withDrawing();
    const b = new Y.Doc();
    exchange(a, b);
    return { a, b };
  };

  it('keep both strokes, in the same order, after exchanging updates', () => {
    const { a, b } = twoTablets();
    addStroke(a, stroke('a1', 'tablet-a', 'red'));
    addStroke(b, stroke('b1', 'tablet-b', 'blue'));
    addStroke(a, stroke('a2', 'tablet-a', 'green'));
    exchange(a, b);
    expect(ids(a).sort()).toEqual(['a1', 'a2', 'b1']);
    expect(readDrawing(a, 'd1')).toEqual(readDrawing(b, 'd1'));
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  it('undo on one tablet never removes a stroke of the other', () => {
    const { a, b } = twoTablets();
    addStroke(a, stroke('a1', 'tablet-a'));
    exchange(a, b);
    addStroke(b, stroke('b1', 'tablet-b'));
    undoStroke(a, { drawingId: 'd1', by: 'tablet-a' });
    undoStroke(b, { drawingId: 'd1', by: 'tablet-b' });
    addStroke(b, stroke('b2', 'tablet-b'));
    exchange(a, b);
    expect(ids(a)).toEqual(['b2']);
    expect(ids(b)).toEqual(['b2']);
  });

  it('a clear keeps a stroke the other tablet drew at the same moment', () => {
    const { a, b } = twoTablets();
    addStroke(a, stroke('a1', 'tablet-a'));
    exchange(a, b);
    clearDrawing(a, { drawingId: 'd1' });
    addStroke(b, stroke('b1', 'tablet-b'));
    exchange(a, b);
    expect(ids(a)).toEqual(['b1']);
    expect(ids(b)).toEqual(['b1']);
  });

  it('strokes drawn on a tablet that has not yet received the drawing arrive with it', () => {
    const a = withDrawing();
    addStroke(a, stroke('a1'));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
    expect(ids(b)).toEqual(['a1']);
  });

  it('two tablets that start the same drawing question apart both keep their strokes', () => {
    const a = newCase();
    const b = new Y.Doc();
    exchange(a, b);
    const id = drawingIdFor('v1', 'home.draw');
    createDrawing(a, { id, now: NOW });
    addStroke(a, { ...stroke('a1', 'tablet-a'), drawingId: id });
    createDrawing(b, { id, now: LATER });
    addStroke(b, { ...stroke('b1', 'tablet-b'), drawingId: id });
    exchange(a, b);
    expect(
      readStrokes(a, id)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['a1', 'b1']);
    expect(readDrawing(a, id)).toEqual(readDrawing(b, id));
  });

  it('reads, undoes and clears strokes a schema-1 drawing kept inside itself', () => {
    const doc = newCase();
    const legacy = new Y.Map<unknown>();
    const legacyStrokes = new Y.Array<Y.Map<unknown>>();
    legacy.set('createdAt', NOW);
    legacy.set('strokes', legacyStrokes);
    drawingsMap(doc).set('old', legacy);
    const old = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      id: 'o1',
      color: 'red',
      size: 24,
      points: [1, 2, 0.5],
      by: 'tablet-a',
      at: NOW,
    }))
      old.set(k, v);
    legacyStrokes.push([old]);
    addStroke(doc, { ...stroke('n1', 'tablet-a'), drawingId: 'old' });
    expect(readStrokes(doc, 'old').map((s) => s.id)).toEqual(['o1', 'n1']);
    expect(undoStroke(doc, { drawingId: 'old', by: 'tablet-a' })).toBe('n1');
    expect(undoStroke(doc, { drawingId: 'old', by: 'tablet-a' })).toBe('o1');
    addStroke(doc, { ...stroke('n2'), drawingId: 'old' });
    clearDrawing(doc, { drawingId: 'old' });
    expect(readStrokes(doc, 'old')).toEqual([]);
  });
});

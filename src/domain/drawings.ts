// Drawings in the case Y.Doc: strokes made with a finger or pen, synced between tablets as a CRDT.
//
// Schema 2:
//   doc.getMap('drawings'):  drawingId → { createdAt, title? }            (plain values)
//   doc.getArray('strokes'): Y.Map{ drawingId, id, color, size, points, by?, at }
// The strokes live in one top-level array, not inside the drawing: two tablets that start the same
// drawing while apart (a drawing question's id is fixed, `drawingIdFor`) each write the drawing's
// metadata, and the later one wins — but no stroke is inside it, so every tablet's strokes stay.
// Schema 1 kept a Y.Map per drawing with its own `strokes` array; those strokes are still read (and
// undone, cleared) where they are, before the top-level ones.
// `points` is a flat number[] of x,y,pressure triples in a 1000×1000 square (x, y integers 0..1000,
// pressure 0..1). A stroke is written whole, in one transaction, when the finger lifts; it is never
// edited afterwards, only removed (undo, clear).
//
// Undo: `undoStroke` removes the last stroke whose `by` is the given author (this tablet/user).
// We chose this over a Y.UndoManager because the author is stored in the document: undo keeps
// working after the pad is closed and reopened or the app is reloaded (an UndoManager's history
// lives in memory and dies with it), the domain stays stateless commands over the doc, it never
// undoes a stroke another tablet drew, and it never resurrects strokes a clear removed.
//
// Concurrency: adding is a push to a Y.Array, so strokes drawn at the same time on two tablets are
// both kept, in the same order everywhere. Clear deletes only the strokes it has seen, so a stroke
// drawn elsewhere at the same moment survives the clear.
//
// The commands follow the domain's command convention (src/domain/commands.ts): (doc, input), refusals
// as DomainError ('case-missing', 'drawing-missing', 'stroke-invalid'), one transaction each.
import * as Y from 'yjs';
import { caseIdOf, LOCAL_ORIGIN } from './schema';
import { DomainError } from './errors';

/** The side of the square every drawing is normalised to. */
export const DRAWING_SIZE = 1000;
/** Most points one stroke may hold; a longer line is stored as several strokes. */
export const MAX_STROKE_POINTS = 2000;
export const DEFAULT_STROKE_SIZE = 24;
export const MIN_STROKE_SIZE = 4;
export const MAX_STROKE_SIZE = 80;

/** The four colours of the pad, high contrast on white and distinguishable with common colour blindness (Okabe–Ito). */
export const STROKE_COLORS = {
  black: '#1f2a2a',
  blue: '#0072b2',
  red: '#d55e00',
  green: '#009e73',
} as const;

export type StrokeColor = keyof typeof STROKE_COLORS;
export const STROKE_COLOR_IDS = Object.keys(STROKE_COLORS) as StrokeColor[];
export const isStrokeColor = (value: unknown): value is StrokeColor =>
  typeof value === 'string' && Object.hasOwn(STROKE_COLORS, value);

export interface Stroke {
  id: string;
  /** A palette id; an unknown id (from a newer app) is drawn in black. */
  color: string;
  size: number;
  /** Flat x,y,pressure triples in the 1000×1000 square. */
  points: number[];
  /** Who drew it (tablet/user id); undo only removes one's own strokes. */
  by?: string;
  at: string;
}

export interface Drawing {
  id: string;
  createdAt: string;
  title?: string;
  strokes: Stroke[];
}

/** Metadata of a drawing: plain in schema 2, a Y.Map (with its own strokes) in schema 1. */
type DrawingMeta = { createdAt?: string; title?: string } | Y.Map<unknown>;

export const drawingsMap = (doc: Y.Doc) => doc.getMap<DrawingMeta>('drawings');
export const strokesArray = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('strokes');

/** The drawing that answers a drawing question: the same id on every tablet, so their strokes meet. */
export const drawingIdFor = (conversationId: string, questionId: string): string =>
  `answer:${conversationId}:${questionId}`;

const legacyStrokesOf = (doc: Y.Doc, drawingId: string): Y.Array<Y.Map<unknown>> | undefined => {
  const drawing = drawingsMap(doc).get(drawingId);
  const strokes = drawing instanceof Y.Map ? drawing.get('strokes') : undefined;
  return strokes instanceof Y.Array ? (strokes as Y.Array<Y.Map<unknown>>) : undefined;
};

const requireDrawing = (doc: Y.Doc, drawingId: string): void => {
  if (!drawingsMap(doc).has(drawingId))
    throw new DomainError('drawing-missing', `No drawing ${drawingId}.`);
};

/** Where each stroke of a drawing is stored: schema-1 strokes first, then the top-level ones. */
interface StoredStroke {
  array: Y.Array<Y.Map<unknown>>;
  index: number;
  map: Y.Map<unknown>;
}

const storedStrokes = (doc: Y.Doc, drawingId: string): StoredStroke[] => {
  const found: StoredStroke[] = [];
  const legacy = legacyStrokesOf(doc, drawingId);
  legacy?.forEach((map, index) => {
    if (map instanceof Y.Map) found.push({ array: legacy, index, map });
  });
  const top = strokesArray(doc);
  top.forEach((map, index) => {
    if (map instanceof Y.Map && map.get('drawingId') === drawingId)
      found.push({ array: top, index, map });
  });
  return found;
};

/** Deletes stored strokes, last first so the indexes stay right. Call inside a transaction. */
const deleteStrokes = (strokes: StoredStroke[]) => {
  for (const s of [...strokes].reverse()) s.array.delete(s.index, 1);
};

// ---- Reading ---------------------------------------------------------------------------------

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Reads one stroke; anything malformed (e.g. from a broken peer) is skipped rather than crashing the pad. */
const readStroke = (map: Y.Map<unknown>): Stroke | undefined => {
  const id = map.get('id');
  const color = map.get('color');
  const size = map.get('size');
  const points = map.get('points');
  const by = map.get('by');
  const at = map.get('at');
  if (typeof id !== 'string' || typeof color !== 'string' || !isFiniteNumber(size))
    return undefined;
  if (
    !Array.isArray(points) ||
    points.length < 3 ||
    points.length % 3 !== 0 ||
    !points.every(isFiniteNumber)
  )
    return undefined;
  return {
    id,
    color,
    size,
    points: points as number[],
    ...(typeof by === 'string' ? { by } : {}),
    at: typeof at === 'string' ? at : '',
  };
};

export const readStrokes = (doc: Y.Doc, drawingId: string): Stroke[] => {
  const seen = new Set<string>();
  return storedStrokes(doc, drawingId).flatMap(({ map }) => {
    const stroke = readStroke(map);
    if (!stroke || seen.has(stroke.id)) return [];
    seen.add(stroke.id);
    return [stroke];
  });
};

const metaField = (meta: DrawingMeta, field: 'createdAt' | 'title'): unknown =>
  meta instanceof Y.Map ? meta.get(field) : meta?.[field];

export const readDrawing = (doc: Y.Doc, drawingId: string): Drawing | undefined => {
  const meta = drawingsMap(doc).get(drawingId);
  if (!meta || typeof meta !== 'object') return undefined;
  const title = metaField(meta, 'title');
  const createdAt = metaField(meta, 'createdAt');
  return {
    id: drawingId,
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    ...(typeof title === 'string' ? { title } : {}),
    strokes: readStrokes(doc, drawingId),
  };
};

/** The colour a stroke is drawn in: its palette colour, black for an id this app does not know (a newer app's). */
export const strokeColorHex = (color: string): string =>
  isStrokeColor(color) ? STROKE_COLORS[color] : STROKE_COLORS.black;

/** A stroke's points as [x, y, pressure] triples in the 1000×1000 square. */
export const strokeTriples = (
  points: readonly number[],
): [x: number, y: number, pressure: number][] => {
  const out: [number, number, number][] = [];
  for (let i = 0; i + 2 < points.length; i += 3)
    out.push([points[i]!, points[i + 1]!, points[i + 2]!]);
  return out;
};

/** All drawings of the case, oldest first. */
export const readDrawings = (doc: Y.Doc): Drawing[] =>
  [...drawingsMap(doc).keys()]
    .flatMap((id) => readDrawing(doc, id) ?? [])
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

// ---- Commands --------------------------------------------------------------------------------

export interface CreateDrawingInput {
  id: string;
  title?: string;
  now: string;
}

/**
 * Creates an empty drawing. Does nothing (returns false) when the drawing exists already, so it can be
 * called before every first stroke without ever replacing a drawing and its strokes.
 */
export const createDrawing = (doc: Y.Doc, input: CreateDrawingInput): boolean => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  if (!input.id) throw new DomainError('drawing-missing', 'A drawing needs an id.');
  if (drawingsMap(doc).has(input.id)) return false;
  const title = input.title?.trim();
  doc.transact(
    () => drawingsMap(doc).set(input.id, { createdAt: input.now, ...(title ? { title } : {}) }),
    LOCAL_ORIGIN,
  );
  return true;
};

export interface AddStrokeInput {
  drawingId: string;
  id: string;
  color: StrokeColor;
  size?: number;
  /** Flat x,y,pressure triples in the 1000×1000 square; stored rounded (see `compactPoints`). */
  points: readonly number[];
  by?: string;
  now: string;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * Rounds a stroke's points for storage: x and y to whole units of the 1000 square (clamped to it),
 * pressure to steps of 1/32 (exact in float32, so Yjs stores 4 bytes instead of 8).
 */
export const compactPoints = (points: readonly number[]): number[] =>
  points.map((n, i) =>
    i % 3 === 2 ? Math.round(clamp(n, 0, 1) * 32) / 32 : Math.round(clamp(n, 0, DRAWING_SIZE)),
  );

/** Refuses a stroke that could not be drawn back; returns it as it will be stored. Writes nothing. */
const strokeToStore = (input: Omit<AddStrokeInput, 'drawingId'>): Stroke => {
  const { points } = input;
  if (!input.id) throw new DomainError('stroke-invalid', 'A stroke needs an id.');
  if (!isStrokeColor(input.color))
    throw new DomainError('stroke-invalid', `Unknown colour ${String(input.color)}.`);
  if (points.length < 3 || points.length % 3 !== 0 || points.length > MAX_STROKE_POINTS * 3) {
    throw new DomainError(
      'stroke-invalid',
      `A stroke needs 1 to ${MAX_STROKE_POINTS} x,y,pressure triples.`,
    );
  }
  if (!points.every(isFiniteNumber))
    throw new DomainError('stroke-invalid', 'Stroke points must be finite numbers.');
  const size = input.size ?? DEFAULT_STROKE_SIZE;
  if (!isFiniteNumber(size) || size < MIN_STROKE_SIZE || size > MAX_STROKE_SIZE) {
    throw new DomainError(
      'stroke-invalid',
      `Stroke size must be ${MIN_STROKE_SIZE}–${MAX_STROKE_SIZE}.`,
    );
  }
  return {
    id: input.id,
    color: input.color,
    size,
    points: compactPoints(points),
    ...(input.by ? { by: input.by } : {}),
    at: input.now,
  };
};

/** Pushes a validated stroke onto the drawings' strokes. Call inside a transaction. */
const pushStroke = (doc: Y.Doc, drawingId: string, stroke: Stroke) => {
  const map = new Y.Map<unknown>();
  map.set('drawingId', drawingId);
  for (const [key, value] of Object.entries(stroke)) map.set(key, value);
  strokesArray(doc).push([map]);
};

/** Adds one whole stroke (written when the finger lifts) in a single transaction. Returns the stored stroke. */
export const addStroke = (doc: Y.Doc, input: AddStrokeInput): Stroke => {
  requireDrawing(doc, input.drawingId);
  const stroke = strokeToStore(input);
  doc.transact(() => pushStroke(doc, input.drawingId, stroke), LOCAL_ORIGIN);
  return stroke;
};

export interface DrawStrokeInput extends AddStrokeInput {
  /** Stored with the drawing when this stroke is its first and creates it. */
  title?: string;
}

/**
 * What the pad does when a finger lifts: the line becomes a stroke of the drawing, and the drawing is created
 * with it when this is its first line — one transaction, so the drawing and its first stroke arrive together.
 */
export const drawStroke = (doc: Y.Doc, input: DrawStrokeInput): Stroke => {
  if (!caseIdOf(doc)) throw new DomainError('case-missing', 'Create the case first.');
  if (!input.drawingId) throw new DomainError('drawing-missing', 'A drawing needs an id.');
  const stroke = strokeToStore(input);
  const title = input.title?.trim();
  doc.transact(() => {
    const drawings = drawingsMap(doc);
    if (!drawings.has(input.drawingId))
      drawings.set(input.drawingId, { createdAt: input.now, ...(title ? { title } : {}) });
    pushStroke(doc, input.drawingId, stroke);
  }, LOCAL_ORIGIN);
  return stroke;
};

/** The last stroke drawn by `by` in this drawing (with every stored copy of it), or undefined. */
const lastStrokeBy = (
  doc: Y.Doc,
  drawingId: string,
  by: string,
): { id: string; copies: StoredStroke[] } | undefined => {
  const strokes = storedStrokes(doc, drawingId);
  const last = strokes.findLast((s) => s.map.get('by') === by);
  const id = last?.map.get('id');
  if (typeof id !== 'string') return undefined;
  return { id, copies: strokes.filter((s) => s.map.get('id') === id) };
};

/** Whether `by` has a stroke left to undo in this drawing. */
export const canUndoStroke = (doc: Y.Doc, drawingId: string, by: string): boolean =>
  !!lastStrokeBy(doc, drawingId, by);

export interface UndoStrokeInput {
  drawingId: string;
  /** This tablet/user: only its own last stroke is removed. */
  by: string;
}

/** Removes the last stroke drawn by `by` (this tablet/user). Returns its id, or undefined when there is none. */
export const undoStroke = (doc: Y.Doc, input: UndoStrokeInput): string | undefined => {
  requireDrawing(doc, input.drawingId);
  const last = lastStrokeBy(doc, input.drawingId, input.by);
  if (!last) return undefined;
  doc.transact(() => deleteStrokes(last.copies), LOCAL_ORIGIN);
  return last.id;
};

export interface ClearDrawingInput {
  drawingId: string;
}

/** Removes every stroke this tablet knows of; the drawing itself stays (an answer may refer to it). */
export const clearDrawing = (doc: Y.Doc, input: ClearDrawingInput): void => {
  requireDrawing(doc, input.drawingId);
  const strokes = storedStrokes(doc, input.drawingId);
  if (strokes.length === 0) return;
  doc.transact(() => deleteStrokes(strokes), LOCAL_ORIGIN);
};

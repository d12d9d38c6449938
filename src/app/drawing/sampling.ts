// Pointer sampling for the drawing pad, as pure functions: a pointer position becomes a point of the 1000×1000
// square, points too close together are skipped, and a line longer than one stroke may hold is handed on whole.
import { DRAWING_SIZE, MAX_STROKE_POINTS } from '../../domain/drawings';

export type Point = [x: number, y: number, pressure: number];

/** Skip points closer than this (in units of the 1000 square) to the previous one: a pen reports far more than a line needs. */
export const MIN_STEP = 1.5;
/** The flat values (x, y, pressure) of the longest line one stroke holds. */
export const MAX_LINE_VALUES = MAX_STROKE_POINTS * 3;

export interface PointerSample {
  clientX: number;
  clientY: number;
  pressure: number;
  pointerType: string;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp = (n: number) => Math.min(DRAWING_SIZE, Math.max(0, n));

/** Maps a pointer position to the 1000×1000 square, which is centred in the canvas (as SVG's default "meet" does). */
export const pointOf = (e: PointerSample, rect: Box): Point | undefined => {
  const side = Math.min(rect.width, rect.height);
  if (!(side > 0)) return undefined;
  const scale = DRAWING_SIZE / side;
  const x = (e.clientX - rect.left - (rect.width - side) / 2) * scale;
  const y = (e.clientY - rect.top - (rect.height - side) / 2) * scale;
  // Only a pen reports real pressure; a finger or mouse draws an even line.
  const pressure = e.pointerType === 'pen' && e.pressure > 0 ? e.pressure : 0.5;
  return [clamp(x), clamp(y), pressure];
};

/** Adds a point to a line's flat values unless it is within MIN_STEP of the last one; tells whether it did. */
export const appendPoint = (points: number[], p: Point): boolean => {
  const n = points.length;
  if (n >= 3 && Math.hypot(p[0] - points[n - 3]!, p[1] - points[n - 2]!) < MIN_STEP) return false;
  points.push(...p);
  return true;
};

/**
 * Adds sampled points to a line in progress (changing `points`). A line that reaches the most a stroke may hold is
 * handed out whole in `full` and goes on from its last point in the returned `points`, so nothing drawn is refused.
 */
export const extendLine = (
  points: number[],
  samples: readonly Point[],
): { points: number[]; full: number[][]; changed: boolean } => {
  let current = points;
  const full: number[][] = [];
  let changed = false;
  for (const p of samples) {
    if (current.length >= MAX_LINE_VALUES) {
      full.push(current);
      current = current.slice(-3);
    }
    changed = appendPoint(current, p) || changed;
  }
  return { points: current, full, changed };
};

/** The last point of a line as the finger lifts; a line already as long as a stroke may be ends where it is. */
export const endLine = (points: number[], last: Point | undefined): number[] => {
  if (last && points.length < MAX_LINE_VALUES) appendPoint(points, last);
  return points;
};

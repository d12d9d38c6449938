// Tests of the pad's pointer sampling: the square centred in the canvas, pressure only from a pen, points too close
// together skipped, and a line longer than one stroke handed on in parts that meet.
import { describe, expect, it } from 'vitest';
import { MAX_STROKE_POINTS } from '../../domain/drawings';
import { appendPoint, endLine, extendLine, MAX_LINE_VALUES, pointOf, type Point } from './sampling';

const touch = (clientX: number, clientY: number) => ({
  clientX,
  clientY,
  pressure: 0.9,
  pointerType: 'touch',
});
const box = (width: number, height: number, left = 0, top = 0) => ({ left, top, width, height });

describe('pointOf', () => {
  it('maps the canvas to the 1000 square, centred where the canvas is not square', () => {
    expect(pointOf(touch(250, 250), box(500, 500))).toEqual([500, 500, 0.5]);
    // 800×400: the square is 400 wide, starting 200 in.
    expect(pointOf(touch(200, 0), box(800, 400))).toEqual([0, 0, 0.5]);
    expect(pointOf(touch(600, 400), box(800, 400))).toEqual([1000, 1000, 0.5]);
    expect(pointOf(touch(110, 60), box(100, 100, 10, 10))).toEqual([1000, 500, 0.5]);
  });

  it('keeps a point outside the square on its edge', () => {
    expect(pointOf(touch(-50, 900), box(500, 500))).toEqual([0, 1000, 0.5]);
  });

  it('takes the pressure of a pen only; a finger or mouse draws an even line', () => {
    expect(
      pointOf({ clientX: 0, clientY: 0, pressure: 0.8, pointerType: 'pen' }, box(500, 500))?.[2],
    ).toBe(0.8);
    expect(
      pointOf({ clientX: 0, clientY: 0, pressure: 0, pointerType: 'pen' }, box(500, 500))?.[2],
    ).toBe(0.5);
    expect(
      pointOf({ clientX: 0, clientY: 0, pressure: 0.8, pointerType: 'mouse' }, box(500, 500))?.[2],
    ).toBe(0.5);
  });

  it('gives no point for a canvas without a size', () => {
    expect(pointOf(touch(1, 1), box(0, 500))).toBeUndefined();
  });
});

describe('appendPoint', () => {
  it('skips a point within 1.5 units of the last one', () => {
    const points = [100, 100, 0.5];
    expect(appendPoint(points, [101, 101, 0.5])).toBe(false);
    expect(appendPoint(points, [102, 100, 0.5])).toBe(true);
    expect(points).toEqual([100, 100, 0.5, 102, 100, 0.5]);
  });
});

describe('extendLine', () => {
  const far = (i: number): Point => [(i % 200) * 4, Math.floor(i / 200) * 40, 0.5];

  it('adds the samples to the line and tells whether anything changed', () => {
    const start = [0, 0, 0.5];
    expect(extendLine(start, [[0.5, 0.5, 0.5]])).toEqual({
      points: [0, 0, 0.5],
      full: [],
      changed: false,
    });
    expect(
      extendLine(start, [
        [10, 0, 0.5],
        [20, 0, 0.5],
      ]),
    ).toEqual({ points: [0, 0, 0.5, 10, 0, 0.5, 20, 0, 0.5], full: [], changed: true });
  });

  it('hands on a line as long as one stroke may be, and goes on from its last point', () => {
    const samples = Array.from({ length: MAX_STROKE_POINTS + 10 }, (_, i) => far(i));
    const [first, ...rest] = samples;
    const { points, full } = extendLine([...first!], rest);
    expect(full).toHaveLength(1);
    expect(full[0]).toHaveLength(MAX_LINE_VALUES);
    expect(points.slice(0, 3)).toEqual(full[0]!.slice(-3));
    expect(points).toHaveLength(11 * 3);
  });
});

describe('endLine', () => {
  it('adds the point where the finger lifted, unless the line is already as long as a stroke may be', () => {
    expect(endLine([0, 0, 0.5], [50, 0, 0.5])).toEqual([0, 0, 0.5, 50, 0, 0.5]);
    expect(endLine([0, 0, 0.5], undefined)).toEqual([0, 0, 0.5]);
    const full = new Array<number>(MAX_LINE_VALUES).fill(1);
    expect(endLine(full, [500, 500, 0.5])).toHaveLength(MAX_LINE_VALUES);
  });
});

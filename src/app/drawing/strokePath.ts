// Turns stored stroke points into a filled SVG outline with perfect-freehand; the same data looks the same on every tablet.
import { getStroke, type StrokeOptions } from 'perfect-freehand';
import { strokeColorHex, strokeTriples } from '../../domain/drawings';

/**
 * Pressure comes from the stored points: a pen's real pressure, 0.5 for a finger or mouse (an even,
 * thick line). No simulated pressure, so rendering never depends on how fast someone drew.
 */
const OPTIONS: StrokeOptions = {
  thinning: 0.4,
  smoothing: 0.5,
  streamline: 0.45,
  simulatePressure: false,
};

/** The colour a stroke is drawn in (the domain's reader: black for a colour this app does not know). */
export const colorOf = strokeColorHex;

const mid = (a: number, b: number) => ((a + b) / 2).toFixed(1);

/** SVG path of a closed outline, smoothed with quadratic curves through the midpoints (perfect-freehand's README recipe). */
export const outlineToPath = (outline: readonly (readonly number[])[]): string => {
  if (outline.length < 4) return '';
  const [a, b, c] = outline as [number[], number[], number[]];
  let d = `M${a[0]!.toFixed(1)},${a[1]!.toFixed(1)} Q${b[0]!.toFixed(1)},${b[1]!.toFixed(1)} ${mid(b[0]!, c[0]!)},${mid(b[1]!, c[1]!)} T`;
  for (let i = 2; i < outline.length - 1; i++) {
    const p = outline[i]!;
    const q = outline[i + 1]!;
    d += `${mid(p[0]!, q[0]!)},${mid(p[1]!, q[1]!)} `;
  }
  return `${d}Z`;
};

/** The outline path of a stroke; `last` is false while the finger is still down. */
export const strokePath = (points: readonly number[], size: number, last = true): string =>
  outlineToPath(getStroke(strokeTriples(points), { ...OPTIONS, size, last }));

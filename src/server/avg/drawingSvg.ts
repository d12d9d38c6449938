// A drawing of the case in the readable inzage: inline SVG (no image request, no script), each stroke a polyline
// through its points in the 1000×1000 square. The drawing is read by the domain (readDrawing: malformed strokes are
// left out) and drawn with its readers: the points as triples, the colour as the app shows it.
import {
  DRAWING_SIZE,
  strokeColorHex,
  strokeTriples,
  type Drawing,
  type Stroke,
} from '../../domain/drawings';
import { esc, timeHtml } from './htmlText';

/** The line width on paper: the stored size, kept within what a line can sensibly be. */
const lineWidth = (size: number): number => Math.min(Math.max(size, 1), 200);

const polyline = (stroke: Stroke): string[] => {
  const coords = strokeTriples(stroke.points).map(([x, y]) => `${Math.round(x)},${Math.round(y)}`);
  if (coords.length === 0) return [];
  return [
    `<polyline points="${esc(coords.join(' '))}" stroke="${esc(strokeColorHex(stroke.color))}" stroke-width="${lineWidth(stroke.size)}" />`,
  ];
};

export const drawingSvg = (drawing: Drawing): string =>
  `<svg class="drawing" viewBox="0 0 ${DRAWING_SIZE} ${DRAWING_SIZE}" role="img" aria-label="Tekening" fill="none"
    stroke-linecap="round" stroke-linejoin="round">${drawing.strokes.flatMap(polyline).join('')}</svg>`;

/** The drawing with its title, when it was made, and its id beneath. */
export const drawingFigure = (id: string, drawing: Drawing): string =>
  `<figure>${drawingSvg(drawing)}<figcaption>${[
    esc(drawing.title ?? ''),
    timeHtml(drawing.createdAt),
    esc(`tekening ${id}`),
  ]
    .filter(Boolean)
    .join(' – ')}</figcaption></figure>`;

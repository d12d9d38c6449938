// The strokes of a drawing as SVG paths. A stroke never changes once stored, so each path is computed once.
import { memo, useMemo } from 'react';
import type { Stroke } from '../../domain/drawings';
import { colorOf, strokePath } from './strokePath';

const StrokePath = memo(
  function StrokePath({ stroke }: { stroke: Stroke }) {
    const d = useMemo(() => strokePath(stroke.points, stroke.size), [stroke.points, stroke.size]);
    return <path d={d} fill={colorOf(stroke.color)} data-stroke-id={stroke.id} />;
  },
  // Strokes are immutable: the same id is the same line, even though every read makes a new object.
  (a, b) =>
    a.stroke.id === b.stroke.id &&
    a.stroke.color === b.stroke.color &&
    a.stroke.points.length === b.stroke.points.length,
);

export const DrawingStrokes = memo(function DrawingStrokes({
  strokes,
}: {
  strokes: readonly Stroke[];
}) {
  return (
    <g>
      {strokes.map((stroke) => (
        <StrokePath key={stroke.id} stroke={stroke} />
      ))}
    </g>
  );
});

// The line a finger, pen or mouse draws on the pad's canvas: pointer events sampled into points of the 1000×1000
// square (sampling.ts), one line at a time, redrawn at most once a frame while it grows. `onLine` gets every
// finished line, and each part of a line longer than a stroke may hold.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { StrokeColor } from '../../domain/drawings';
import { endLine, extendLine, pointOf, type Box } from './sampling';

export interface PointerLine {
  color: StrokeColor;
  points: number[];
}

interface ActiveLine extends PointerLine {
  pointerId: number;
  rect: Box;
}

type CanvasPointerEvent = ReactPointerEvent<SVGSVGElement>;

export interface PointerLineHandlers {
  onPointerDown(e: CanvasPointerEvent): void;
  onPointerMove(e: CanvasPointerEvent): void;
  onPointerUp(e: CanvasPointerEvent): void;
  onPointerCancel(e: CanvasPointerEvent): void;
  onLostPointerCapture(e: CanvasPointerEvent): void;
}

export function usePointerLine(color: StrokeColor, onLine: (line: PointerLine) => void) {
  const [live, setLive] = useState<PointerLine | null>(null);
  const active = useRef<ActiveLine | null>(null);
  const frame = useRef<number | null>(null);

  const cancelFrame = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  };
  useEffect(() => cancelFrame, []);

  const onPointerDown = (e: CanvasPointerEvent) => {
    // One line at a time: a second finger or a resting palm does not draw.
    if (active.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const p = pointOf(e, rect);
    if (!p) return;
    e.preventDefault();
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // Capture is a nicety (lines may leave the canvas); drawing works without it.
    }
    active.current = { pointerId: e.pointerId, rect, color, points: [...p] };
    setLive({ color, points: [...p] });
  };

  const onPointerMove = (e: CanvasPointerEvent) => {
    const line = active.current;
    if (!line || e.pointerId !== line.pointerId) return;
    const coalesced = e.nativeEvent.getCoalescedEvents?.() ?? [];
    const samples = (coalesced.length ? coalesced : [e.nativeEvent])
      .map((ev) => pointOf(ev, line.rect))
      .filter((p) => p !== undefined);
    const { points, full, changed } = extendLine(line.points, samples);
    line.points = points;
    // A very long line is stored as consecutive strokes.
    for (const part of full) onLine({ color: line.color, points: part });
    // Redraw the line in progress at most once per frame, however many points a pen reports.
    if (changed && frame.current === null) {
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        const current = active.current;
        if (current) setLive({ color: current.color, points: current.points.slice() });
      });
    }
  };

  const finish = (e: CanvasPointerEvent, withPoint: boolean) => {
    const line = active.current;
    if (!line || e.pointerId !== line.pointerId) return;
    endLine(line.points, withPoint ? pointOf(e, line.rect) : undefined);
    active.current = null;
    cancelFrame();
    onLine({ color: line.color, points: line.points });
    setLive(null);
  };

  /** Ends the line still being drawn as it is, e.g. when the pad closes while a finger is down. */
  const release = () => {
    const line = active.current;
    active.current = null;
    if (line) onLine({ color: line.color, points: line.points });
  };

  const handlers: PointerLineHandlers = {
    onPointerDown,
    onPointerMove,
    onPointerUp: (e) => finish(e, true),
    onPointerCancel: (e) => finish(e, false),
    onLostPointerCapture: (e) => finish(e, false),
  };
  return { live, handlers, release };
}

// The full-screen drawing pad: thick lines with finger, pen or mouse, four colours, undo, clear and done.
// A line is stored in the case doc as one stroke when the finger lifts; strokes from other tablets appear live.
import { useCallback, useEffect, useId, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { directionOf } from '../../content/languages';
import { LOCAL_ORIGIN } from '../../domain/schema';
import {
  DEFAULT_STROKE_SIZE,
  DRAWING_SIZE,
  MAX_STROKE_POINTS,
  STROKE_COLORS,
  STROKE_COLOR_IDS,
  addStroke,
  clearDrawing,
  createDrawing,
  undoStroke,
  type Stroke,
  type StrokeColor,
} from '../../domain/drawings';
import { DrawingStrokes } from './DrawingStrokes';
import { CheckMark, ClearIcon, DoneIcon, UndoIcon } from './icons';
import { colorOf, strokePath } from './strokePath';
import { Label, useDrawingTexts } from './texts';
import { useDrawing } from './useDrawing';
import './drawing.css';

/** Runs a domain command on the case doc; resolves once it is stored (as `useCase().run` does). */
export type RunCommand = (command: (doc: Y.Doc) => void) => Promise<boolean>;

export interface DrawingPadProps {
  doc: Y.Doc;
  drawingId: string;
  /** The conversation's language: labels in it (big) with Dutch beneath. */
  lang: string;
  onDone(): void;
  /** Pass `useCase(caseId).run` so every stroke is confirmed stored and failures reach the problem banner. */
  run?: RunCommand;
  /**
   * Stable id of this tablet/user, stored on each stroke so undo only removes one's own lines.
   * Defaults to this doc instance's Yjs client id (undo then reaches back to when the case was opened).
   */
  author?: string;
  /** Title stored with the drawing when the pad creates it on the first line. */
  title?: string;
  /** Called once a line is stored, e.g. to link the drawing to an answer. */
  onStroke?(strokeId: string): void;
  /** What is being drawn (e.g. the question), shown beside the tools. */
  children?: ReactNode;
}

type Point = [x: number, y: number, pressure: number];
interface ActiveLine {
  pointerId: number;
  rect: DOMRect;
  color: StrokeColor;
  points: number[];
}

const EMPTY: readonly Stroke[] = [];
/** Skip points closer than this (in units of the 1000 square) to the previous one: a pen reports far more than a line needs. */
const MIN_STEP = 1.5;

/** Maps a pointer position to the 1000×1000 square, which is centred in the canvas (as SVG's default "meet" does). */
const pointOf = (e: { clientX: number; clientY: number; pressure: number; pointerType: string }, rect: DOMRect): Point | undefined => {
  const side = Math.min(rect.width, rect.height);
  if (!(side > 0)) return undefined;
  const scale = DRAWING_SIZE / side;
  const x = (e.clientX - rect.left - (rect.width - side) / 2) * scale;
  const y = (e.clientY - rect.top - (rect.height - side) / 2) * scale;
  const clamp = (n: number) => Math.min(DRAWING_SIZE, Math.max(0, n));
  // Only a pen reports real pressure; a finger or mouse draws an even line.
  const pressure = e.pointerType === 'pen' && e.pressure > 0 ? e.pressure : 0.5;
  return [clamp(x), clamp(y), pressure];
};

const appendPoint = (line: ActiveLine, p: Point): boolean => {
  const n = line.points.length;
  if (n >= 3 && Math.hypot(p[0] - line.points[n - 3]!, p[1] - line.points[n - 2]!) < MIN_STEP) return false;
  line.points.push(...p);
  return true;
};

/** Keeps Tab and Shift+Tab inside the open pad (or its confirm question), as a modal dialog should. */
const trapFocus = (e: KeyboardEvent, container: HTMLElement | null) => {
  if (!container) return;
  const focusable = [...container.querySelectorAll<HTMLElement>('button:not([disabled])')];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const inside = container.contains(document.activeElement);
  if (!inside || (e.shiftKey && document.activeElement === first) || (!e.shiftKey && document.activeElement === last)) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
};

export function DrawingPad({ doc, drawingId, lang, onDone, run, author, title, onStroke, children }: DrawingPadProps) {
  const texts = useDrawingTexts(lang);
  const drawing = useDrawing(doc, drawingId);
  const strokes = drawing?.strokes ?? EMPTY;
  const by = author ?? `tablet-${doc.clientID}`;
  const canUndo = strokes.some((s) => s.by === by);

  const [color, setColor] = useState<StrokeColor>('black');
  const [live, setLive] = useState<{ color: StrokeColor; points: number[] } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const active = useRef<ActiveLine | null>(null);
  const frame = useRef<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const confirmId = useId();

  const apply = useCallback<RunCommand>(
    (command) => {
      if (run) return run(command);
      try {
        command(doc);
        return Promise.resolve(true);
      } catch (error) {
        console.error(error);
        return Promise.resolve(false);
      }
    },
    [run, doc],
  );

  const commit = (line: { color: StrokeColor; points: number[] }) => {
    if (line.points.length < 3) return;
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const points = line.points.slice();
    void apply((d) =>
      d.transact(() => {
        createDrawing(d, { id: drawingId, now, ...(title ? { title } : {}) });
        addStroke(d, { drawingId, id, color: line.color, size: DEFAULT_STROKE_SIZE, points, by, now });
      }, LOCAL_ORIGIN),
    ).then((ok) => {
      if (ok) onStroke?.(id);
    });
  };

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
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

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const line = active.current;
    if (!line || e.pointerId !== line.pointerId) return;
    const coalesced = e.nativeEvent.getCoalescedEvents?.() ?? [];
    let changed = false;
    for (const ev of coalesced.length ? coalesced : [e.nativeEvent]) {
      const p = pointOf(ev, line.rect);
      if (!p) continue;
      if (line.points.length >= MAX_STROKE_POINTS * 3) {
        // A very long line is stored as consecutive strokes, so nothing drawn is ever refused.
        commit(line);
        line.points = line.points.slice(-3);
      }
      changed = appendPoint(line, p) || changed;
    }
    // Redraw the line in progress at most once per frame, however many points a pen reports.
    if (changed && frame.current === null) {
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        const current = active.current;
        if (current) setLive({ color: current.color, points: current.points.slice() });
      });
    }
  };

  const finish = (e: ReactPointerEvent<SVGSVGElement>, withPoint: boolean) => {
    const line = active.current;
    if (!line || e.pointerId !== line.pointerId) return;
    if (withPoint) {
      const p = pointOf(e, line.rect);
      if (p && line.points.length < MAX_STROKE_POINTS * 3) appendPoint(line, p);
    }
    active.current = null;
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    commit(line);
    setLive(null);
  };

  const undo = () => void apply((d) => undoStroke(d, drawingId, by));
  const clear = () => {
    setConfirming(false);
    void apply((d) => clearDrawing(d, drawingId));
  };
  const keep = useCallback(() => {
    setConfirming(false);
    clearRef.current?.focus();
  }, []);

  /** Closing while a finger is still down keeps the line drawn so far. */
  const done = () => {
    const line = active.current;
    active.current = null;
    if (line) commit(line);
    onDone();
  };

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  // Focus moves into the pad while it is open and returns to where it was; Escape closes the question, then the pad.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    rootRef.current?.focus();
    return () => before?.focus?.();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') return trapFocus(e, confirming ? confirmRef.current : rootRef.current);
      if (e.key !== 'Escape') return;
      e.preventDefault();
      if (confirming) keep();
      else done();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const canvasLabel = strokes.length === 0 ? texts.own('pad.empty') : texts.own('pad.canvas', { count: strokes.length });

  return (
    <div ref={rootRef} className="drawing-pad" role="dialog" aria-modal="true" aria-labelledby={titleId} lang={lang} dir={directionOf(lang)} tabIndex={-1}>
      <h1 id={titleId} className="visually-hidden">
        {texts.own('pad.title')}
      </h1>
      <div className="drawing-stage">
        <svg
          className="drawing-canvas"
          role="img"
          aria-label={canvasLabel}
          viewBox={`0 0 ${DRAWING_SIZE} ${DRAWING_SIZE}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={(e) => finish(e, true)}
          onPointerCancel={(e) => finish(e, false)}
          onLostPointerCapture={(e) => finish(e, false)}
        >
          <rect className="drawing-paper" width={DRAWING_SIZE} height={DRAWING_SIZE} />
          <DrawingStrokes strokes={strokes} />
          {live ? <path className="drawing-live" d={strokePath(live.points, DEFAULT_STROKE_SIZE, false)} fill={colorOf(live.color)} /> : null}
        </svg>
      </div>

      <div className="drawing-tools">
        {children ? <div className="drawing-prompt">{children}</div> : null}
        <div className="drawing-colors" role="group" aria-label={texts.own('color.label')}>
          {STROKE_COLOR_IDS.map((id) => (
            <button
              key={id}
              type="button"
              className={`drawing-color${id === color ? ' is-selected' : ''}`}
              style={{ backgroundColor: STROKE_COLORS[id] }}
              aria-label={texts.own(`color.${id}`)}
              aria-pressed={id === color}
              onClick={() => setColor(id)}
            >
              {id === color ? <CheckMark /> : null}
            </button>
          ))}
        </div>
        <div className="drawing-actions">
          <button type="button" className="button button-secondary drawing-action" onClick={undo} disabled={!canUndo}>
            <UndoIcon />
            <Label texts={texts} k="undo" />
          </button>
          <button
            ref={clearRef}
            type="button"
            className="button button-secondary drawing-action"
            onClick={() => setConfirming(true)}
            disabled={strokes.length === 0}
          >
            <ClearIcon />
            <Label texts={texts} k="clear" />
          </button>
          <button type="button" className="button button-primary drawing-action drawing-done" onClick={done}>
            <DoneIcon />
            <Label texts={texts} k="done" />
          </button>
        </div>
      </div>

      {confirming ? (
        <div className="drawing-confirm-backdrop">
          <div ref={confirmRef} className="drawing-confirm" role="alertdialog" aria-modal="true" aria-labelledby={confirmId}>
            <p id={confirmId} className="drawing-confirm-question">
              <Label texts={texts} k="confirmClear.question" />
            </p>
            <div className="drawing-confirm-actions">
              <button ref={keepRef} type="button" className="button button-primary" onClick={keep}>
                <Label texts={texts} k="confirmClear.no" />
              </button>
              <button type="button" className="button button-secondary drawing-danger" onClick={clear}>
                <ClearIcon />
                <Label texts={texts} k="confirmClear.yes" />
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}

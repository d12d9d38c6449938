// The full-screen drawing pad: thick lines with finger, pen or mouse, four colours, undo, clear and done.
// A line is stored in the case doc as one stroke when the finger lifts (the domain's drawStroke); strokes from other
// tablets appear live. The pad is the app's shared modal Dialog, so focus stays in it the way it does in every dialog.
// Pointer sampling is usePointerLine (pure parts in sampling.ts); commands run through `run` (runCommand.ts).
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { directionOf } from '../../content/languages';
import {
  DEFAULT_STROKE_SIZE,
  DRAWING_SIZE,
  STROKE_COLORS,
  STROKE_COLOR_IDS,
  clearDrawing,
  drawStroke,
  undoStroke,
  type Stroke,
  type StrokeColor,
} from '../../domain/drawings';
import { Dialog } from '../ui/Dialog';
import { ProblemBanner } from '../ui/ProblemBanner';
import { DrawingStrokes } from './DrawingStrokes';
import { CheckMark, ClearIcon, DoneIcon, UndoIcon } from './icons';
import { useRunCommand, type RunCommand } from './runCommand';
import { colorOf, strokePath } from './strokePath';
import { Label, useDrawingTexts } from './texts';
import { useDrawing } from './useDrawing';
import { usePointerLine, type PointerLine } from './usePointerLine';
import './drawing.css';

export type { RunCommand } from './runCommand';

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

const EMPTY: readonly Stroke[] = [];

export function DrawingPad({
  doc,
  drawingId,
  lang,
  onDone,
  run,
  author,
  title,
  onStroke,
  children,
}: DrawingPadProps) {
  const texts = useDrawingTexts(lang);
  const drawing = useDrawing(doc, drawingId);
  const strokes = drawing?.strokes ?? EMPTY;
  const by = author ?? `tablet-${doc.clientID}`;
  const canUndo = strokes.some((s) => s.by === by);
  const apply = useRunCommand(doc, run);

  const [color, setColor] = useState<StrokeColor>('black');
  const [confirming, setConfirming] = useState(false);
  const clearRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const confirmId = useId();

  /** A finished line (or each part of a very long one) becomes a stroke; the first one creates the drawing. */
  const commit = (line: PointerLine) => {
    if (line.points.length < 3) return;
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const input = {
      drawingId,
      id,
      color: line.color,
      size: DEFAULT_STROKE_SIZE,
      points: line.points,
      by,
      now,
      ...(title ? { title } : {}),
    };
    void apply((d) => drawStroke(d, input)).then((ok) => {
      if (ok) onStroke?.(id);
    });
  };
  const { live, handlers, release } = usePointerLine(color, commit);

  const undo = () => void apply((d) => undoStroke(d, { drawingId, by }));
  const clear = () => {
    setConfirming(false);
    void apply((d) => clearDrawing(d, { drawingId }));
  };
  const keep = () => {
    setConfirming(false);
    clearRef.current?.focus();
  };

  /** Closing while a finger is still down keeps the line drawn so far. */
  const done = () => {
    release();
    onDone();
  };

  // Focus returns to where it was when the pad closes (taken before the dialog moves it inside).
  const focusBefore = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    focusBefore.current = document.activeElement as HTMLElement | null;
  }, []);
  useEffect(() => {
    const before = focusBefore.current;
    return () => before?.focus?.();
  }, []);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const canvasLabel =
    strokes.length === 0
      ? texts.own('pad.empty')
      : texts.own('pad.canvas', { count: strokes.length });

  // Escape closes the clear question first (the topmost dialog), then the pad.
  return (
    <Dialog
      titleId={titleId}
      onClose={done}
      className="drawing-pad"
      lang={lang}
      dir={directionOf(lang)}
      focusSelf
    >
      {/* A failed save stays visible above the pad, which covers the app's own banner. */}
      <div className="drawing-problem">
        <ProblemBanner />
      </div>
      <h1 id={titleId} className="visually-hidden">
        {texts.own('pad.title')}
      </h1>
      <div className="drawing-stage">
        <svg
          className="drawing-canvas"
          role="img"
          aria-label={canvasLabel}
          viewBox={`0 0 ${DRAWING_SIZE} ${DRAWING_SIZE}`}
          {...handlers}
        >
          <rect className="drawing-paper" width={DRAWING_SIZE} height={DRAWING_SIZE} />
          <DrawingStrokes strokes={strokes} />
          {live ? (
            <path
              className="drawing-live"
              d={strokePath(live.points, DEFAULT_STROKE_SIZE, false)}
              fill={colorOf(live.color)}
            />
          ) : null}
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
          <button
            type="button"
            className="button button-secondary drawing-action"
            onClick={undo}
            disabled={!canUndo}
          >
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
          <button
            type="button"
            className="button button-primary drawing-action drawing-done"
            onClick={done}
          >
            <DoneIcon />
            <Label texts={texts} k="done" />
          </button>
        </div>
      </div>

      {confirming ? (
        <Dialog
          titleId={confirmId}
          onClose={keep}
          className="dialog drawing-confirm"
          role="alertdialog"
        >
          <p id={confirmId} className="drawing-confirm-question">
            <Label texts={texts} k="confirmClear.question" />
          </p>
          <div className="drawing-confirm-actions">
            <button ref={keepRef} type="button" className="button button-primary" onClick={keep}>
              <Label texts={texts} k="confirmClear.no" />
            </button>
            <button
              type="button"
              className="button button-secondary drawing-danger"
              onClick={clear}
            >
              <ClearIcon />
              <Label texts={texts} k="confirmClear.yes" />
            </button>
          </div>
        </Dialog>
      ) : null}
    </Dialog>
  );
}

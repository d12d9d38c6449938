// The answer area of a 'drawing' question: a preview of the drawing, a big button to open the pad, and "next".
// The answer's `drawingRef` is stored as soon as the first line is, so a closed tab never orphans a drawing.
import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Answer } from '../../domain/types';
import { DRAWING_SIZE } from '../../domain/drawings';
import { DrawingPad, type RunCommand } from './DrawingPad';
import { DrawingStrokes } from './DrawingStrokes';
import { PenIcon } from './icons';
import { Label, useDrawingTexts } from './texts';
import { useDrawing } from './useDrawing';

export interface DrawingAnswerProps {
  doc: Y.Doc;
  lang: string;
  current?: Answer;
  /** The drawing to draw on: the answer's, or the question's own (`drawingIdFor`), the same on every tablet. */
  drawingId: string;
  /** Stores the answer with `drawingRef`; `advance` moves on to the next question once it is stored. */
  onDrawing(drawingRef: string, advance: boolean): Promise<boolean>;
  run?: RunCommand;
  author?: string;
  /** Title stored with a new drawing (e.g. the question id). */
  title?: string;
  /** Shown in the pad beside the tools, e.g. the question text. */
  prompt?: ReactNode;
}

export function DrawingAnswer({
  doc,
  lang,
  current,
  drawingId,
  onDrawing,
  run,
  author,
  title,
  prompt,
}: DrawingAnswerProps) {
  const texts = useDrawingTexts(lang);
  const drawing = useDrawing(doc, drawingId);
  const [open, setOpen] = useState(false);
  const [linking, setLinking] = useState<string | null>(null);
  const hasStrokes = (drawing?.strokes.length ?? 0) > 0;

  const link = () => {
    if (current?.drawingRef === drawingId || linking === drawingId) return;
    setLinking(drawingId);
    void onDrawing(drawingId, false).then((ok) => {
      if (!ok) setLinking(null);
    });
  };

  return (
    <div className="answer-area drawing-answer">
      {hasStrokes ? (
        <svg
          className="drawing-preview"
          role="img"
          aria-label={texts.own('answer.preview')}
          viewBox={`0 0 ${DRAWING_SIZE} ${DRAWING_SIZE}`}
        >
          <DrawingStrokes strokes={drawing?.strokes ?? []} />
        </svg>
      ) : null}
      <div className="drawing-answer-actions">
        <button
          type="button"
          className={`button ${hasStrokes ? 'button-secondary' : 'button-primary button-huge'}`}
          onClick={() => setOpen(true)}
        >
          <PenIcon />
          <Label texts={texts} k={hasStrokes ? 'answer.continue' : 'answer.start'} />
        </button>
        {hasStrokes ? (
          <button
            type="button"
            className="button button-primary next-button"
            onClick={() => void onDrawing(drawingId, true)}
          >
            <Label texts={texts} k="answer.next" />
          </button>
        ) : null}
      </div>
      {open ? (
        <DrawingPad
          doc={doc}
          drawingId={drawingId}
          lang={lang}
          run={run}
          author={author}
          title={title}
          onStroke={link}
          onDone={() => setOpen(false)}
        >
          {prompt}
        </DrawingPad>
      ) : null}
    </div>
  );
}

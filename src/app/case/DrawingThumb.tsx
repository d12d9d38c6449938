// A drawing the inburgeraar made, small in the consultant's overview; a tap shows it large.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAWING_SIZE, type Drawing } from '../../domain/drawings';
import { DrawingStrokes } from '../drawing/DrawingStrokes';
import { Dialog } from '../ui/Dialog';

export function DrawingThumb({ drawing, label }: { drawing: Drawing; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const svg = (className: string) => (
    <svg
      className={className}
      viewBox={`0 0 ${DRAWING_SIZE} ${DRAWING_SIZE}`}
      role="img"
      aria-label={t('answers.drawingOf', { question: label })}
    >
      <DrawingStrokes strokes={drawing.strokes} />
    </svg>
  );
  return (
    <>
      <button
        type="button"
        className="drawing-thumb"
        onClick={() => setOpen(true)}
        aria-label={t('answers.enlarge', { question: label })}
        data-drawing={drawing.id}
      >
        {svg('drawing-thumb-svg')}
      </button>
      {open ? (
        <Dialog titleId={titleId} onClose={() => setOpen(false)}>
          <div className="form drawing-large">
            <h2 id={titleId}>{label}</h2>
            {svg('drawing-large-svg')}
            <button type="button" className="button button-primary" onClick={() => setOpen(false)}>
              {t('problem.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

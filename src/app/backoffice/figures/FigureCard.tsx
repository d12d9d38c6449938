// One figure on the page: title, one plain sentence on what it counts, the chart (or a calm "nothing yet"), its
// numbers as a table to open, and the downloads as CSV and JSON.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../../protocol/figures';
import { downloadFigure } from './useFigures';

interface Props {
  id: FigureId;
  title: string;
  intro: string;
  /** The chart with its controls; replaced by `empty` when there is nothing to count yet. */
  children: ReactNode;
  empty?: string | undefined;
  table: ReactNode;
  /** A line under the intro (e.g. the median). */
  note?: string | undefined;
  /** Takes the whole width (long labels). */
  wide?: boolean;
}

export function FigureCard({
  id,
  title,
  intro,
  children,
  empty,
  table,
  note,
  wide = false,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      className={wide ? 'figure-card figure-card-wide' : 'figure-card'}
      aria-labelledby={headingId}
      data-testid={`figure-${id}`}
    >
      <h2 id={headingId}>{title}</h2>
      <p className="figure-intro">{intro}</p>
      {note ? <p className="figure-note">{note}</p> : null}
      {empty ? <p className="empty">{empty}</p> : children}
      <details className="figure-table">
        <summary>{t('backoffice.figures.showTable')}</summary>
        {table}
      </details>
      <div className="figure-downloads">
        {(['csv', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            onClick={() => void downloadFigure(id, format)}
          >
            {t(`backoffice.figures.download.${format}`)}
            <span className="visually-hidden"> – {title}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

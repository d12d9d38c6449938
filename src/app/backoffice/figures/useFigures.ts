// The figures from the server for the back office: all of them in one request; each one downloaded as CSV or
// JSON on demand. A failure is said in plain words (offline, not allowed), never a blank screen.
import { useEffect, useState } from 'react';
import type { FigureId, Figures } from '../../../protocol/figures';
import { ApiError } from '../../../sync/apiError';
import { backoffice } from '../../services';
import { reportProblem } from '../../hooks/problems';

export type FiguresState =
  | { status: 'loading' }
  | { status: 'ready'; figures: Figures }
  | { status: 'failed'; reason: string };

export const useFigures = (): FiguresState => {
  const [state, setState] = useState<FiguresState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    backoffice.get<Figures>('/api/backoffice/figures').then(
      (figures) => alive && setState({ status: 'ready', figures }),
      (error: unknown) =>
        alive &&
        setState({
          status: 'failed',
          reason: error instanceof ApiError ? error.code : 'server-error',
        }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
};

/** Saves one figure as <id>.csv or <id>.json (the browser's download), as the server computes it now. */
export const downloadFigure = async (id: FigureId, format: 'csv' | 'json'): Promise<void> => {
  try {
    const blob = await backoffice.file(
      `/api/backoffice/figures/${id}${format === 'csv' ? '.csv' : ''}`,
    );
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `${id}.${format}`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    reportProblem(error);
  }
};

// The figures from the server for the back office: all of them in one request (loading, ready or failed, as every
// back-office resource: useBackofficeData); each one downloaded as CSV or JSON on demand.
import type { FigureId, Figures } from '../../../protocol/figures';
import { backoffice } from '../../services';
import { reportProblem } from '../../hooks/problems';
import { saveFile, useBackofficeData } from '../useBackofficeData';

export const useFigures = () => useBackofficeData<Figures>('/api/backoffice/figures');

/** Saves one figure as <id>.csv or <id>.json (the browser's download), as the server computes it now. */
export const downloadFigure = async (id: FigureId, format: 'csv' | 'json'): Promise<void> => {
  try {
    const blob = await backoffice.file(
      `/api/backoffice/figures/${id}${format === 'csv' ? '.csv' : ''}`,
    );
    saveFile(blob, `${id}.${format}`);
  } catch (error) {
    reportProblem(error);
  }
};

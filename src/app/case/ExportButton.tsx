// AVG inzage: the consultant downloads everything the tablet holds about this person, as JSON; audited.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { exportCase } from '../../domain/caseExport';
import { reportProblem } from '../hooks/problems';
import { cases } from '../services';

export function ExportButton({ caseId, doc, name }: { caseId: string; doc: Y.Doc; name: string }) {
  const { t } = useTranslation();
  const download = async () => {
    try {
      const data = exportCase(doc, new Date().toISOString());
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `inzage-${name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${data.exportedAt.slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      await cases.recordExport(caseId);
    } catch (error) {
      reportProblem(error);
    }
  };
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => void download()}
      data-testid="export-case"
    >
      {t('case.export')}
    </button>
  );
}

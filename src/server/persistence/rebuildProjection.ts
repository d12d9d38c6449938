// Recreates the back-office rows of every stored case from its document (after a migration that adds columns,
// or to repair them): one case at a time, so the memory of one document is held at a time.
import { parseDocumentName } from '../../protocol/documentName';
import { isCaseDeleted } from '../avg/tombstones';
import { updateCaseProjection } from './caseProjection';
import type { Database } from './db';
import { createDocumentStore } from './documentStore';

export interface RebuildReport {
  cases: number;
  /** Documents without their meta yet (never written by a tablet): no row. */
  empty: number;
}

export const rebuildProjection = async (
  db: Database,
  onCase?: (done: number) => void,
): Promise<RebuildReport> => {
  const store = createDocumentStore(db);
  const names = await db.query<{ name: string }>(
    "SELECT name FROM documents WHERE name LIKE 'case/%' ORDER BY name",
  );
  const report: RebuildReport = { cases: 0, empty: 0 };
  for (const { name } of names) {
    const ref = parseDocumentName(name);
    if (ref?.kind !== 'case' || (await isCaseDeleted(db, name))) continue;
    const { doc } = await store.loadDoc(name);
    try {
      if (await updateCaseProjection(db, name, ref.caseId, doc)) report.cases++;
      else report.empty++;
    } finally {
      doc.destroy();
    }
    onCase?.(report.cases + report.empty);
  }
  return report;
};

// After a deletion: tablets connected to the case are told 'case-deleted', the copy in this instance's memory
// is unloaded without being stored, and whatever a racing write left is removed.
import type { SyncServer } from '../collab/hocuspocus';
import type { Queryable } from '../persistence/db';
import { purgeCaseData } from './tombstones';

export const CASE_DELETED_CLOSE_CODE = 4410;

export const closeDeletedDocument = async (
  sync: SyncServer,
  db: Queryable,
  documentName: string,
  timeoutMs = 5000,
): Promise<number> => {
  let closed = 0;
  const document = sync.documents.get(documentName);
  if (document) {
    // Closes this document's connection only (a Close message to its provider); the tablet's socket and
    // its other cases stay connected. The onStoreDocument that follows sees the tombstone and writes nothing.
    for (const connection of document.getConnections()) {
      connection.close({ code: CASE_DELETED_CLOSE_CODE, reason: 'case-deleted' });
      closed++;
    }
    const deadline = Date.now() + timeoutMs;
    while (sync.documents.has(documentName) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  await purgeCaseData(db, documentName);
  return closed;
};

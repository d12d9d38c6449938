// Schema migrations of the case doc: an old tablet's doc must open on a new app.
import type * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, metaMap, schemaVersionOf } from './schema';
import { DomainError } from './errors';

/** migrations[n] lifts a doc from version n to n + 1. */
type Migration = (doc: Y.Doc) => void;

const migrations: Record<number, Migration> = {
  // Version 0: prototype docs without a schemaVersion. Their shape equals version 1.
  0: () => {},
  // Version 1 → 2: answers become entries and tile marks, strokes move to a top-level array. What
  // schema 1 stored is read where it is and replaced there (src/domain/answers.ts, drawings.ts):
  // copying it here would make two tablets that migrate the same case apart disagree later.
  1: () => {},
};

export const MIGRATION_ORIGIN = 'samenspraak:migration';

/**
 * Brings the doc to the current schema. Returns true when it changed anything.
 * An empty doc (not yet loaded or not yet created) is left alone.
 */
export const migrateCaseDoc = (doc: Y.Doc, target = CURRENT_SCHEMA_VERSION): boolean => {
  if (metaMap(doc).size === 0) return false;
  const from = schemaVersionOf(doc);
  if (from > target) {
    throw new DomainError(
      'schema-too-new',
      `This case was saved by a newer app (schema ${from}). Update the app.`,
    );
  }
  if (from === target) return false;
  doc.transact(() => {
    for (let v = from; v < target; v++) {
      const step = migrations[v];
      if (!step) throw new Error(`No migration from schema ${v}`);
      step(doc);
      metaMap(doc).set('schemaVersion', v + 1);
    }
  }, MIGRATION_ORIGIN);
  return true;
};

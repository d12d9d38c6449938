// Everything the case document holds about one person, as plain JSON (AVG inzage): nothing left out.
import type * as Y from 'yjs';
import { readCase } from './caseDoc';

export interface CaseExport {
  exportedAt: string;
  format: 'samenspraak-case-export';
  formatVersion: 1;
  case: ReturnType<typeof readCase>;
  /** Every shared type in the document, including those the app adds later (drawings, explanations, flags). */
  document: Record<string, unknown>;
}

/** Top-level types that are arrays; every other top-level type of a case doc is a map. */
const ARRAY_TYPES = new Set(['notes', 'translationFlags']);

const readShared = (doc: Y.Doc, name: string): unknown =>
  // A type that arrived by sync but was never read here is a placeholder until asked for by its kind.
  ARRAY_TYPES.has(name) ? doc.getArray(name).toJSON() : doc.getMap(name).toJSON();

export const exportCase = (doc: Y.Doc, now: string): CaseExport => ({
  exportedAt: now,
  format: 'samenspraak-case-export',
  formatVersion: 1,
  case: readCase(doc),
  document: Object.fromEntries(
    [...doc.share.keys()].sort().map((name) => [name, readShared(doc, name)]),
  ),
});

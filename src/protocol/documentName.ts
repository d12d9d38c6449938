// Sync document names shared by client and server: "case/<uuid>".
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type DocumentRef = { kind: 'case'; caseId: string };

export const caseIdSchema = z.string().regex(UUID, 'a lower-case UUID');

/** The document name of a case; throws on an id that is not a lower-case UUID. */
export const caseDocumentName = (caseId: string): string => `case/${caseIdSchema.parse(caseId)}`;

/** Parses a document name; undefined for anything that is not a known, well-formed name. */
export const parseDocumentName = (name: string): DocumentRef | undefined => {
  if (name.length > 64) return undefined;
  const [kind, id, ...rest] = name.split('/');
  if (kind !== 'case' || id === undefined || rest.length > 0 || !UUID.test(id)) return undefined;
  return { kind: 'case', caseId: id };
};

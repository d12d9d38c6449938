// Sync document names shared by client and server: "case/<uuid>", and "org/<uuid>", the municipality's
// channel (no content, never stored) on which the server says "the case list changed" or "the content changed".
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type DocumentRef =
  { kind: 'case'; caseId: string } | { kind: 'org'; organisationId: string };

/** The stateless message on a municipality's channel: fetch the case list (new, reassigned or deleted cases). */
export const CASES_CHANGED = 'cases-changed';
/** The stateless message on a municipality's channel: fetch the municipality's content (texts, figures, partners). */
export const CONTENT_CHANGED = 'content-changed';

export const caseIdSchema = z.string().regex(UUID, 'a lower-case UUID');

/** The document name of a case; throws on an id that is not a lower-case UUID. */
export const caseDocumentName = (caseId: string): string => `case/${caseIdSchema.parse(caseId)}`;

/** The channel document of a municipality. */
export const organisationChannelName = (organisationId: string): string =>
  `org/${caseIdSchema.parse(organisationId)}`;

/** Parses a document name; undefined for anything that is not a known, well-formed name. */
export const parseDocumentName = (name: string): DocumentRef | undefined => {
  if (name.length > 64) return undefined;
  const [kind, id, ...rest] = name.split('/');
  if (id === undefined || rest.length > 0 || !UUID.test(id)) return undefined;
  if (kind === 'case') return { kind: 'case', caseId: id };
  if (kind === 'org') return { kind: 'org', organisationId: id };
  return undefined;
};

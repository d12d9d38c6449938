// AVG inzage: everything the server holds about one inburgeraar's case, as plain JSON.
// The case document is read from the store (compacted state + update log: every acknowledged change),
// so an export made while tablets are connected holds everything they have synced.
import * as Y from 'yjs';
import { readCase } from '../../domain/caseDoc';
import { readDrawings, type Drawing } from '../../domain/drawings';
import type { CaseSnapshot } from '../../domain/types';
import type { Queryable } from '../persistence/db';
import type { DocumentStore } from '../persistence/documentStore';

export const EXPORT_FORMAT = 'samenspraak-inzage';
export const EXPORT_FORMAT_VERSION = 1;

/** A recording or drawing an answer refers to; `onServer` when the server holds that media (content media). */
export interface MediaReference {
  kind: 'audio' | 'drawing';
  ref: string;
  conversationId: string;
  questionId: string;
  onServer: { mime: string; size: number; createdAt: string; url: string } | null;
}

/** An audit entry as the inburgeraar sees it: when and what, not which employee or from where. */
export interface ExportAuditEntry {
  at: string;
  action: string;
  outcome: 'ok' | 'refused';
  reason: string | null;
}

export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  municipality: { id: string; name: string };
  caseId: string;
  documentName: string;
  /** The dossier as the app reads it (profile, conversations with answers, notes); null if unreadable. */
  case: CaseSnapshot | null;
  /** Every drawing with the strokes of every tablet, read as the app reads them (by drawing id). */
  drawings: Record<string, Drawing>;
  /** Every top-level part of the case document as stored, including explanations, drawings, translationFlags. */
  document: Record<string, unknown>;
  /** The back-office row derived from the document (name, language, counts, PIP deadline). */
  projection: Record<string, unknown> | null;
  storage: { stateUpdatedAt: string | null; loggedUpdates: number; documentBytes: number };
  /**
   * Media the answers refer to. Recordings of a conversation stay on the tablet (Dexie `media`); the server
   * holds only municipality content media (prompts, photos), which is not about the inburgeraar and is
   * listed here only when an answer refers to it.
   */
  media: { references: MediaReference[] };
  audit: ExportAuditEntry[];
}

/** Top-level types of the case document and what they are (src/domain: caseDoc, explanations, drawings, conversationEnd). */
const KNOWN_TYPES: Record<string, 'map' | 'array'> = {
  meta: 'map',
  profile: 'map',
  conversations: 'map',
  notes: 'array',
  explanations: 'map',
  drawings: 'map',
  strokes: 'array',
  answerEntries: 'map',
  tileMarks: 'map',
  translationFlags: 'array',
};

/**
 * Reads every top-level shared type of a doc as JSON. A type the server does not know by name (added by
 * a newer app) is read as a map or list from what it holds, so nothing in the document is left out.
 */
export const documentToJson = (doc: Y.Doc): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of [...doc.share.keys()].sort()) {
    const type = doc.share.get(key)!;
    if (
      type instanceof Y.Map ||
      type instanceof Y.Array ||
      type instanceof Y.Text ||
      type instanceof Y.XmlFragment
    ) {
      out[key] = type.toJSON();
      continue;
    }
    const kind =
      KNOWN_TYPES[key] ??
      (type._start === null
        ? 'map'
        : type._start.content instanceof Y.ContentString
          ? 'text'
          : 'array');
    out[key] =
      kind === 'map'
        ? doc.getMap(key).toJSON()
        : kind === 'array'
          ? doc.getArray(key).toJSON()
          : doc.getText(key).toJSON();
  }
  return out;
};

const mediaReferences = (snapshot: CaseSnapshot | null): Omit<MediaReference, 'onServer'>[] =>
  (snapshot?.conversations ?? []).flatMap((conversation) =>
    Object.values(conversation.answers ?? {}).flatMap((answer) =>
      [
        ...(typeof answer?.audioRef === 'string'
          ? [{ kind: 'audio' as const, ref: answer.audioRef }]
          : []),
        ...(typeof answer?.drawingRef === 'string'
          ? [{ kind: 'drawing' as const, ref: answer.drawingRef }]
          : []),
      ].map((m) => ({ ...m, conversationId: conversation.id, questionId: answer.questionId })),
    ),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Looks the references up among the municipality's content media; none found when that store is absent. */
const withServerMedia = async (
  db: Queryable,
  organisationId: string,
  refs: Omit<MediaReference, 'onServer'>[],
): Promise<MediaReference[]> => {
  const ids = [...new Set(refs.map((r) => r.ref).filter((id) => UUID.test(id)))];
  let found = new Map<string, MediaReference['onServer']>();
  if (ids.length > 0) {
    try {
      const rows = await db.query<{ id: string; mime: string; size: number; created_at: unknown }>(
        `SELECT id, mime, size, created_at FROM content_media
         WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
        [organisationId, ids],
      );
      found = new Map(
        rows.map((r) => [
          String(r.id),
          {
            mime: r.mime,
            size: Number(r.size),
            createdAt: iso(r.created_at) ?? '',
            url: `/api/content-media/${String(r.id)}`,
          },
        ]),
      );
    } catch {
      // No content media store on this server.
    }
  }
  return refs.map((r) => ({ ...r, onServer: found.get(r.ref) ?? null }));
};

const iso = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string | Date).toISOString();

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export const buildCaseExport = async (
  deps: { db: Queryable; store: DocumentStore },
  {
    caseId,
    documentName,
    organisationId,
  }: { caseId: string; documentName: string; organisationId: string },
  now = new Date(),
): Promise<CaseExport> => {
  const { db, store } = deps;
  const state = await store.load(documentName);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  let snapshot: CaseSnapshot | null;
  let drawings: Record<string, Drawing> = {};
  try {
    snapshot = readCase(doc);
    drawings = Object.fromEntries(readDrawings(doc).map((d) => [d.id, d]));
  } catch {
    // A malformed document still appears in full under `document`.
    snapshot = null;
  }
  const document = documentToJson(doc);
  doc.destroy();

  const [org] = await db.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [
    organisationId,
  ]);
  const [projection] = await db.query<Record<string, unknown>>(
    'SELECT * FROM case_projection WHERE name = $1',
    [documentName],
  );
  const [stored] = await db.query<{ updated_at: unknown }>(
    'SELECT updated_at FROM documents WHERE name = $1',
    [documentName],
  );
  const audit = await db.query<{
    at: unknown;
    action: string;
    outcome: 'ok' | 'refused';
    reason: string | null;
  }>('SELECT at, action, outcome, reason FROM audit_log WHERE target = $1 ORDER BY id', [
    documentName,
  ]);

  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    municipality: { id: organisationId, name: org?.name ?? '' },
    caseId,
    documentName,
    case: snapshot,
    drawings,
    document,
    projection: projection
      ? Object.fromEntries(
          Object.entries(projection).map(([k, v]) => [
            camel(k),
            v instanceof Date ? v.toISOString() : v,
          ]),
        )
      : null,
    storage: {
      stateUpdatedAt: iso(stored?.updated_at),
      loggedUpdates: await store.pendingUpdates(documentName),
      documentBytes: state.byteLength,
    },
    media: { references: await withServerMedia(db, organisationId, mediaReferences(snapshot)) },
    audit: audit.map((a) => ({
      at: iso(a.at) ?? '',
      action: a.action,
      outcome: a.outcome,
      reason: a.reason,
    })),
  };
};

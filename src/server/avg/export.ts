// AVG inzage: everything the server holds about one inburgeraar's case, as plain JSON.
// The case document is read from the store (compacted state + update log: every acknowledged change),
// so an export made while tablets are connected holds everything they have synced.
import * as Y from 'yjs';
import { voiceClipsMap } from '../../domain/voice';
import { readCase } from '../../domain/caseDoc';
import { drawingsMap, readDrawing, strokesArray, type Drawing } from '../../domain/drawings';
import type { CaseSnapshot } from '../../domain/types';
import type { Queryable } from '../persistence/db';
import type { DocumentStore } from '../persistence/documentStore';
import { inObjectKeyOrder, storedParts, type StoredPart } from './storedParts';

export const EXPORT_FORMAT = 'samenspraak-inzage';
export const EXPORT_FORMAT_VERSION = 1;

/** A recording or drawing an answer refers to; `onServer` when the server holds that media (content media). */
export interface MediaReference {
  kind: 'audio' | 'drawing';
  ref: string;
  conversationId: string;
  questionId: string;
  onServer: { mime: string; size: number; createdAt: string; url: string } | null;
  /** His recorded voice, kept in the case document itself (`document.voiceClips`, as base64 in the JSON). */
  inDocument?: boolean;
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

const mediaReferences = (
  snapshot: CaseSnapshot | null,
  doc: Y.Doc,
): Omit<MediaReference, 'onServer'>[] =>
  (snapshot?.conversations ?? []).flatMap((conversation) =>
    Object.values(conversation.answers ?? {}).flatMap((answer) =>
      [
        ...(typeof answer?.audioRef === 'string'
          ? [
              {
                kind: 'audio' as const,
                ref: answer.audioRef,
                ...(voiceClipsMap(doc).has(answer.audioRef) ? { inDocument: true } : {}),
              },
            ]
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

/** Any id in a text (users, devices and media are named by UUID). */
const ANY_UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * An audit reason as the inburgeraar sees it: a code. A reason that names someone by id (`assign-case` holds
 * the consultant's user id) is left out, as the entry's user and device are: the inzage says when and what,
 * not which employee.
 */
const reasonForPerson = (reason: string | null): string | null =>
  reason !== null && ANY_UUID.test(reason) ? null : reason;

const iso = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string | Date).toISOString();

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A case export ready to be written: the small parts read, the case document loaded (and held until `close`), and
 * its large parts (drawings, the document as stored) readable one entry at a time. Everything that can fail is
 * done here, before the first byte is sent.
 */
export interface CaseExportParts {
  head: Pick<
    CaseExport,
    'format' | 'formatVersion' | 'exportedAt' | 'municipality' | 'caseId' | 'documentName'
  >;
  case: CaseSnapshot | null;
  /** Drawing ids in the order of `CaseExport.drawings`; `drawing` reads one when its turn comes. */
  drawingIds: string[];
  drawing: (id: string) => Drawing;
  document: StoredPart[];
  tail: Pick<CaseExport, 'projection' | 'storage' | 'media' | 'audit'>;
  close: () => void;
}

const createdAtOf = (meta: unknown): string => {
  const createdAt =
    meta instanceof Y.Map ? meta.get('createdAt') : (meta as { createdAt?: unknown }).createdAt;
  return typeof createdAt === 'string' ? createdAt : '';
};

/** The ids `readDrawings` would return, in its order (oldest first), without reading any stroke. */
const drawingIdsInOrder = (doc: Y.Doc): string[] => {
  const drawings = drawingsMap(doc);
  const ids = [...drawings.entries()]
    .filter(([, meta]) => meta && typeof meta === 'object')
    .map(([id, meta]) => ({ id, createdAt: createdAtOf(meta) }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((d) => d.id);
  // Reads the strokes' part as readDrawing will, so a malformed document fails here and not mid-stream.
  if (ids.length > 0) strokesArray(doc);
  return inObjectKeyOrder(ids);
};

export const openCaseExport = async (
  deps: { db: Queryable; store: DocumentStore },
  {
    caseId,
    documentName,
    organisationId,
  }: { caseId: string; documentName: string; organisationId: string },
  now = new Date(),
): Promise<CaseExportParts> => {
  const { db, store } = deps;
  // Read one stored value at a time: the stored bytes are never held together with a merged copy.
  const { doc, storedBytes: documentBytes } = await store.loadDoc(documentName);
  try {
    let snapshot: CaseSnapshot | null;
    let drawingIds: string[] = [];
    try {
      snapshot = readCase(doc);
      drawingIds = drawingIdsInOrder(doc);
    } catch {
      // A malformed document still appears in full under `document`.
      snapshot = null;
    }
    const document = storedParts(doc);

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
      head: {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: now.toISOString(),
        municipality: { id: organisationId, name: org?.name ?? '' },
        caseId,
        documentName,
      },
      case: snapshot,
      drawingIds,
      drawing: (id) => readDrawing(doc, id)!,
      document,
      tail: {
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
          documentBytes,
        },
        media: {
          references: await withServerMedia(db, organisationId, mediaReferences(snapshot, doc)),
        },
        audit: audit.map((a) => ({
          at: iso(a.at) ?? '',
          action: a.action,
          outcome: a.outcome,
          reason: reasonForPerson(a.reason),
        })),
      },
      close: () => doc.destroy(),
    };
  } catch (error) {
    doc.destroy();
    throw error;
  }
};

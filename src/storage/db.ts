// The Dexie database: case index, media, settings, audit and the municipality's content (catalog).
import Dexie, { type EntityTable } from 'dexie';
import type { ContentRow } from '../domain/municipalContent';
import type { CaseSummary } from '../domain/types';

export type SyncState = 'waiting' | 'synced' | 'error';

/** One row per case on this tablet; `docDb` names its y-indexeddb database. */
export interface CaseRow extends CaseSummary {
  docDb: string;
  /** 1 while the tablet has changes the server has not durably stored (an index wants a number). */
  dirty: 0 | 1;
  syncState: SyncState;
  syncError?: string;
  /** Local saves since the server last acknowledged this case ("N changes waiting"). */
  pendingChanges?: number;
  syncedAt?: string;
  /** Lower-case name for search. */
  searchName: string;
}

export interface MediaRow {
  id: string;
  caseId?: string;
  kind: 'audio' | 'photo' | 'drawing';
  mime: string;
  blob: Blob;
  createdAt: string;
  uploadState: 'pending' | 'uploaded' | 'error';
  // Municipality content (recorded prompts, photos; schema version 2). Absent on case media.
  /** "prompt|<language>|<key>" or "photo||<key>": what the media is for (src/storage/media.ts). */
  slot?: string;
  contentKind?: 'prompt' | 'photo';
  /** Prompt: namespaced i18n key ("content:tile.yes"); photo: "question:<id>" or "tile:<id>". */
  contentKey?: string;
  /** Language of a prompt; "" for a photo. */
  language?: string;
  /** Server time of the upload, once the server has it. */
  remoteCreatedAt?: string;
  /** Why the server refused the upload (uploadState 'error'). */
  uploadError?: string;
  /** 1 when removed on this tablet while the removal still has to reach the server. */
  removed?: 0 | 1;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface AuditRow {
  id?: number;
  at: string;
  action: 'case-created' | 'case-opened' | 'case-exported' | 'case-wiped' | 'storage-error';
  caseId?: string;
  detail?: string;
}

/** The municipality's own content on this tablet (src/storage/municipalContentStore.ts): id "kind|language|key". */
export interface CatalogOverrideRow extends ContentRow {
  id: string;
}

export type SamenspraakDb = Dexie & {
  cases: EntityTable<CaseRow, 'id'>;
  media: EntityTable<MediaRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  audit: EntityTable<AuditRow, 'id'>;
  catalog: EntityTable<CatalogOverrideRow, 'id'>;
};

export const DB_NAME = 'samenspraak';

export const openDb = (name = DB_NAME): SamenspraakDb => {
  const db = new Dexie(name) as SamenspraakDb;
  db.version(1).stores({
    cases: 'id, searchName, updatedAt, dirty, pipDeadline',
    media: 'id, caseId, uploadState',
    outbox: '++seq, caseId',
    settings: 'key',
    audit: '++id, at, caseId, action',
    catalog: 'id',
  });
  // Municipality content media (recorded prompts, photos) found by what they are for.
  db.version(2).stores({
    media: 'id, caseId, uploadState, slot',
  });
  // The outbox was never used: updates wait in the case documents themselves (y-indexeddb) until the server has them.
  db.version(3).stores({ outbox: null });
  return db;
};

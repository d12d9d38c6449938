// Municipality content media on the tablet: recorded prompts and photos in the Dexie `media` table,
// found by slot (kind + language + key), uploaded later by src/sync/mediaSync.ts, played from here offline.
import { liveQuery } from 'dexie';
import type { ContentMediaItem, ContentMediaKind } from '../protocol/contentMedia';
import type { MediaRow, SamenspraakDb } from './db';
import { toStorageError } from './errors';
import { readSetting, writeSetting } from './settings';

/** What the app knows of one prompt or photo without loading its bytes. */
export interface ContentMediaInfo {
  id: string;
  slot: string;
  kind: ContentMediaKind;
  key: string;
  language: string;
  mime: string;
  size: number;
  createdAt: string;
  uploadState: MediaRow['uploadState'];
  uploadError?: string;
  removed: boolean;
}

export interface NewContentMedia {
  kind: ContentMediaKind;
  key: string;
  /** Language of a prompt; leave out for a photo. */
  language?: string;
  blob: Blob;
  mime?: string;
}

/** A prompt or photo waiting to go to the server. */
export interface PendingContentUpload {
  id: string;
  kind: ContentMediaKind;
  key: string;
  language: string;
  mime: string;
  blob: Blob;
}

export const slotOf = (kind: ContentMediaKind, key: string, language = ''): string =>
  `${kind}|${kind === 'photo' ? '' : language}|${key}`;

const newId = (): string => crypto.randomUUID();

const isContent = (
  row: MediaRow,
): row is MediaRow & Required<Pick<MediaRow, 'slot' | 'contentKind' | 'contentKey'>> =>
  row.slot !== undefined && row.contentKind !== undefined && row.contentKey !== undefined;

const infoOf = (row: MediaRow): ContentMediaInfo | undefined =>
  isContent(row)
    ? {
        id: row.id,
        slot: row.slot,
        kind: row.contentKind,
        key: row.contentKey,
        language: row.language ?? '',
        mime: row.mime,
        size: row.blob.size,
        createdAt: row.remoteCreatedAt ?? row.createdAt,
        uploadState: row.uploadState,
        ...(row.uploadError ? { uploadError: row.uploadError } : {}),
        removed: row.removed === 1,
      }
    : undefined;

/**
 * Of several rows of one slot, the one that counts: a recording not yet on the server (made on
 * this tablet, newest first) before the newest one from the server. Removed rows never count.
 */
export const activeOfSlot = <
  T extends Pick<ContentMediaInfo, 'uploadState' | 'createdAt' | 'removed'>,
>(
  rows: readonly T[],
): T | undefined =>
  rows
    .filter((r) => !r.removed)
    .sort((a, b) => {
      const local = Number(b.uploadState !== 'uploaded') - Number(a.uploadState !== 'uploaded');
      return local !== 0 ? local : b.createdAt.localeCompare(a.createdAt);
    })[0];

/** The active prompt/photo of every slot, by slot. */
export const activeBySlot = (infos: readonly ContentMediaInfo[]): Map<string, ContentMediaInfo> => {
  const groups = new Map<string, ContentMediaInfo[]>();
  for (const info of infos) groups.set(info.slot, [...(groups.get(info.slot) ?? []), info]);
  const active = new Map<string, ContentMediaInfo>();
  for (const [slot, rows] of groups) {
    const row = activeOfSlot(rows);
    if (row) active.set(slot, row);
  }
  return active;
};

const contentRows = (db: SamenspraakDb): Promise<MediaRow[]> => db.media.orderBy('slot').toArray();

export class ContentMediaRepository {
  constructor(
    private readonly db: SamenspraakDb,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  /**
   * Keeps a new recording or photo for a slot (it is on the tablet when this resolves) and marks it for
   * upload. Earlier versions of the slot that never reached the server are dropped; one that did stays
   * until the server has the new one (it is then replaced there, and here at the next sync).
   */
  async save(media: NewContentMedia): Promise<ContentMediaInfo> {
    const language = media.kind === 'photo' ? '' : (media.language ?? '');
    const slot = slotOf(media.kind, media.key, language);
    const row: MediaRow = {
      id: newId(),
      kind: media.kind === 'prompt' ? 'audio' : 'photo',
      mime: media.mime ?? media.blob.type,
      blob: media.blob,
      createdAt: this.clock(),
      uploadState: 'pending',
      slot,
      contentKind: media.kind,
      contentKey: media.key,
      language,
      removed: 0,
    };
    try {
      await this.db.transaction('rw', this.db.media, async () => {
        await this.db.media
          .where('slot')
          .equals(slot)
          .filter((r) => r.uploadState !== 'uploaded')
          .delete();
        await this.db.media.add(row);
      });
    } catch (error) {
      throw toStorageError(error);
    }
    return infoOf(row)!;
  }

  /** Removes the prompt/photo from this tablet; the server forgets it at the next sync. */
  async remove(id: string): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.media, async () => {
        const row = await this.db.media.get(id);
        if (!row || !isContent(row)) return;
        // Older versions of the slot go as well, so removing does not bring back an earlier recording.
        const slotRows = await this.db.media.where('slot').equals(row.slot).toArray();
        for (const r of slotRows) {
          if (r.uploadState === 'uploaded') await this.db.media.update(r.id, { removed: 1 });
          else await this.db.media.delete(r.id);
        }
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async list(): Promise<ContentMediaInfo[]> {
    return (await contentRows(this.db)).flatMap((r) => infoOf(r) ?? []);
  }

  /** The prompt/photo that counts for a slot, with its bytes. */
  async find(
    kind: ContentMediaKind,
    key: string,
    language = '',
  ): Promise<{ info: ContentMediaInfo; blob: Blob } | undefined> {
    const rows = await this.db.media
      .where('slot')
      .equals(slotOf(kind, key, language))
      .toArray();
    const infos = rows.flatMap((r) => infoOf(r) ?? []);
    const active = activeOfSlot(infos);
    const row = active && rows.find((r) => r.id === active.id);
    return active && row ? { info: active, blob: row.blob } : undefined;
  }

  async blob(id: string): Promise<Blob | undefined> {
    return (await this.db.media.get(id))?.blob;
  }

  /** Calls `listener` with every content media (no bytes) now and after each change, also from other tabs. */
  observe(
    listener: (infos: ContentMediaInfo[]) => void,
    onError?: (error: unknown) => void,
  ): () => void {
    const subscription = liveQuery(() => this.list()).subscribe({
      next: listener,
      error: (error: unknown) => onError?.(error),
    });
    return () => subscription.unsubscribe();
  }

  // --- What src/sync/mediaSync.ts needs (its ContentMediaStore) ---

  async pendingUploads(): Promise<PendingContentUpload[]> {
    const rows = await this.db.media.where('uploadState').equals('pending').toArray();
    return rows.flatMap((r) =>
      isContent(r) && r.removed !== 1
        ? [
            {
              id: r.id,
              kind: r.contentKind,
              key: r.contentKey,
              language: r.language ?? '',
              mime: r.mime,
              blob: r.blob,
            },
          ]
        : [],
    );
  }

  async markUploaded(id: string, remoteCreatedAt: string): Promise<void> {
    await this.db.transaction('rw', this.db.media, async () => {
      const row = await this.db.media.get(id);
      if (!row?.slot) return;
      await this.db.media.update(id, {
        uploadState: 'uploaded',
        remoteCreatedAt,
        uploadError: undefined,
      });
      // The server now serves this one for the slot: older server versions here are superseded.
      await this.db.media
        .where('slot')
        .equals(row.slot)
        .filter((r) => r.id !== id && r.uploadState === 'uploaded' && r.removed !== 1)
        .delete();
    });
  }

  /** The server refused the upload for good (too large, wrong type): it stays here, marked. */
  async markUploadRefused(id: string, reason: string): Promise<void> {
    await this.db.media.update(id, { uploadState: 'error', uploadError: reason });
  }

  /** Ids removed on this tablet whose removal the server has not had yet. */
  async pendingRemovals(): Promise<string[]> {
    const rows = await contentRows(this.db);
    return rows.filter((r) => r.removed === 1).map((r) => r.id);
  }

  async removalDone(id: string): Promise<void> {
    await this.db.media.delete(id);
  }

  /**
   * Brings the tablet in line with the server's list: server media gone from the list (replaced or
   * removed on another tablet) leave; returns the items to download. Nothing recorded here and not
   * yet sent is touched, and a slot with such a recording downloads nothing.
   */
  async reconcile(remote: readonly ContentMediaItem[]): Promise<ContentMediaItem[]> {
    return this.db.transaction('rw', this.db.media, async () => {
      const local = await contentRows(this.db);
      const remoteIds = new Set(remote.map((r) => r.id));
      const stale = local.filter(
        (r) => r.uploadState === 'uploaded' && r.removed !== 1 && !remoteIds.has(r.id),
      );
      await this.db.media.bulkDelete(stale.map((r) => r.id));
      const localIds = new Set(local.map((r) => r.id));
      const waiting = new Set(
        local.filter((r) => r.uploadState !== 'uploaded' && r.removed !== 1).map((r) => r.slot),
      );
      return remote.filter(
        (item) =>
          !localIds.has(item.id) && !waiting.has(slotOf(item.kind, item.key, item.language)),
      );
    });
  }

  async saveDownloaded(item: ContentMediaItem, blob: Blob): Promise<void> {
    const slot = slotOf(item.kind, item.key, item.language);
    await this.db.transaction('rw', this.db.media, async () => {
      await this.db.media.put({
        id: item.id,
        kind: item.kind === 'prompt' ? 'audio' : 'photo',
        mime: item.mime,
        blob,
        createdAt: item.createdAt,
        remoteCreatedAt: item.createdAt,
        uploadState: 'uploaded',
        slot,
        contentKind: item.kind,
        contentKey: item.key,
        language: item.language,
        removed: 0,
      });
      await this.db.media
        .where('slot')
        .equals(slot)
        .filter((r) => r.id !== item.id && r.uploadState === 'uploaded' && r.removed !== 1)
        .delete();
    });
  }

  /** Calls `listener` whenever a recording, photo or removal starts waiting for the server. */
  watchPending(listener: () => void): () => void {
    let previous: string | undefined;
    const subscription = liveQuery(async () => {
      const rows = await contentRows(this.db);
      return rows
        .filter((r) => r.uploadState === 'pending' || r.removed === 1)
        .map((r) => r.id)
        .sort()
        .join(',');
    }).subscribe({
      next: (ids) => {
        if (previous !== undefined && ids !== '' && ids !== previous) listener();
        previous = ids;
      },
    });
    return () => subscription.unsubscribe();
  }
}

// --- Recording mode (a setting of this tablet) ---

export const loadRecordingMode = async (db: SamenspraakDb): Promise<boolean> =>
  (await readSetting(db, 'recordingMode')) === true;

export const saveRecordingMode = async (db: SamenspraakDb, on: boolean): Promise<void> => {
  await writeSetting(db, 'recordingMode', on);
};

// Sync of municipality content media (recorded prompts, photos): send what this tablet recorded or removed,
// then fetch the municipality's list and download what is missing. Works in rounds; when a round cannot
// finish (offline, server trouble) everything stays on the tablet and a later round retries.
import {
  contentMediaListSchema,
  mimeEssence,
  type ContentMediaItem,
  type ContentMediaKind,
} from '../protocol/contentMedia';
import { oneAtATime } from './oneAtATime';

/** What the sync needs from the tablet's storage (src/storage/media.ts ContentMediaRepository implements it). */
export interface ContentMediaStore {
  pendingUploads(): Promise<
    {
      id: string;
      kind: ContentMediaKind;
      key: string;
      language: string;
      mime: string;
      blob: Blob;
    }[]
  >;
  markUploaded(id: string, remoteCreatedAt: string): Promise<void>;
  markUploadRefused(id: string, reason: string): Promise<void>;
  pendingRemovals(): Promise<string[]>;
  removalDone(id: string): Promise<void>;
  reconcile(remote: readonly ContentMediaItem[]): Promise<ContentMediaItem[]>;
  saveDownloaded(item: ContentMediaItem, blob: Blob): Promise<void>;
  /** Optional: called when something new waits, to send it at once. */
  watchPending?(listener: () => void): () => void;
}

/** Why a round stopped: no network/server, the session is not usable, the server failed, or the tablet's storage did. */
export type MediaSyncProblem = 'offline' | 'signed-out' | 'server-error' | 'storage';

export interface MediaSyncStatus {
  state: 'idle' | 'syncing' | 'stopped';
  /** Set when the last round could not finish; cleared by a round that does. */
  problem?: MediaSyncProblem;
  lastSyncedAt?: string;
}

export interface MediaSyncReport {
  uploaded: number;
  refused: number;
  removed: number;
  downloaded: number;
  problem?: MediaSyncProblem;
}

export interface MediaSyncOptions {
  /** Origin of the server, e.g. location.origin. */
  baseUrl: string;
  getAccessToken(): Promise<string>;
  store: ContentMediaStore;
  fetch?: typeof fetch;
  /** The server said this tablet is revoked. */
  onDeviceRevoked?(): void;
  /** Time between rounds while started, ms (the municipality's list is checked each round). */
  intervalMs?: number;
  /** First wait after a failed round, ms; doubles up to intervalMs. */
  retryMs?: number;
  now?(): string;
}

class Stop extends Error {
  constructor(readonly problem: MediaSyncProblem) {
    super(problem);
  }
}

const PERMANENT = new Set([400, 409, 413, 415]);

/** The refusal reason of an upload the server will never take (kept on the tablet, shown to the user). */
const refusalOf = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => undefined)) as
    { reason?: string; error?: string } | undefined;
  if (response.status === 413) return 'too-large';
  if (response.status === 415)
    return body?.reason === 'content-mismatch' ? 'content-mismatch' : 'unsupported-type';
  return body?.reason ?? body?.error ?? 'refused';
};

export class MediaSync {
  private status: MediaSyncStatus = { state: 'stopped' };
  private readonly listeners = new Set<(status: MediaSyncStatus) => void>();
  /** Rounds one at a time; an ask during a round brings one more (src/sync/oneAtATime.ts). */
  private readonly rounds = oneAtATime(
    () => this.round(),
    (report: MediaSyncReport) => !!report.problem,
  );
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private started = false;
  private unwatch: (() => void) | null = null;
  private readonly fetchImpl: typeof fetch;
  private readonly onOnline = () => void this.syncNow();

  constructor(private readonly options: MediaSyncOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** Runs a round now and then keeps syncing: on an interval, when the network returns, when something new waits. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.setStatus({ ...this.status, state: 'idle' });
    if (typeof addEventListener === 'function') addEventListener('online', this.onOnline);
    this.unwatch = this.options.store.watchPending?.(() => void this.syncNow()) ?? null;
    void this.syncNow();
  }

  stop(): void {
    this.started = false;
    if (typeof removeEventListener === 'function') removeEventListener('online', this.onOnline);
    this.unwatch?.();
    this.unwatch = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.setStatus({ state: 'stopped' });
  }

  getStatus(): MediaSyncStatus {
    return this.status;
  }

  subscribe(listener: (status: MediaSyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One round (or joins the running one, then runs once more so nothing saved meanwhile waits). */
  syncNow(): Promise<MediaSyncReport> {
    return this.rounds();
  }

  private async round(): Promise<MediaSyncReport> {
    const report: MediaSyncReport = { uploaded: 0, refused: 0, removed: 0, downloaded: 0 };
    if (this.started) this.setStatus({ ...this.status, state: 'syncing' });
    try {
      const token = await this.options.getAccessToken().catch(() => {
        throw new Stop('signed-out');
      });
      await this.sendRemovals(token, report);
      await this.sendUploads(token, report);
      await this.download(token, report);
      this.failures = 0;
      this.setStatus({
        state: this.started ? 'idle' : 'stopped',
        lastSyncedAt: (this.options.now ?? (() => new Date().toISOString()))(),
      });
    } catch (error) {
      if (!(error instanceof Stop)) console.error('Media sync round failed', error);
      report.problem = error instanceof Stop ? error.problem : 'storage';
      this.failures += 1;
      this.setStatus({
        ...this.status,
        state: this.started ? 'idle' : 'stopped',
        problem: report.problem,
      });
    }
    this.schedule();
    return report;
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.started) return;
    const interval = this.options.intervalMs ?? 5 * 60_000;
    const retry = this.options.retryMs ?? 15_000;
    const wait =
      this.failures === 0 ? interval : Math.min(interval, retry * 2 ** (this.failures - 1));
    this.timer = setTimeout(() => void this.syncNow(), wait);
  }

  private async request(path: string, token: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.options.baseUrl}${path}`, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          authorization: `Bearer ${token}`,
        },
      });
    } catch {
      throw new Stop('offline');
    }
    if (response.status === 401 || response.status === 403) {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { error?: string } | undefined;
      if (body?.error === 'device-revoked') this.options.onDeviceRevoked?.();
      // 403 on one item is about that item; 401, or 403 on the list, means the session cannot be used.
      if (response.status === 401) throw new Stop('signed-out');
    }
    if (response.status >= 500) throw new Stop('server-error');
    return response;
  }

  private async sendRemovals(token: string, report: MediaSyncReport) {
    for (const id of await this.options.store.pendingRemovals()) {
      const response = await this.request(`/api/content-media/${encodeURIComponent(id)}`, token, {
        method: 'DELETE',
      });
      // Gone already (404) or never ours (403): nothing left to remove.
      if (response.ok || response.status === 404 || response.status === 403) {
        await this.options.store.removalDone(id);
        report.removed += 1;
      }
    }
  }

  private async sendUploads(token: string, report: MediaSyncReport) {
    for (const item of await this.options.store.pendingUploads()) {
      const query = new URLSearchParams({ id: item.id, kind: item.kind, key: item.key });
      if (item.kind === 'prompt') query.set('language', item.language);
      const response = await this.request(`/api/content-media?${query}`, token, {
        method: 'POST',
        headers: { 'content-type': mimeEssence(item.mime || item.blob.type) },
        body: item.blob,
      });
      if (response.ok) {
        const body = (await response.json().catch(() => undefined)) as
          { createdAt?: string } | undefined;
        await this.options.store.markUploaded(item.id, body?.createdAt ?? new Date().toISOString());
        report.uploaded += 1;
      } else if (PERMANENT.has(response.status)) {
        await this.options.store.markUploadRefused(item.id, await refusalOf(response));
        report.refused += 1;
      } else throw new Stop('server-error');
    }
  }

  private async download(token: string, report: MediaSyncReport) {
    const response = await this.request('/api/content-media', token);
    if (!response.ok) throw new Stop(response.status === 403 ? 'signed-out' : 'server-error');
    const parsed = contentMediaListSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new Stop('server-error');
    for (const item of await this.options.store.reconcile(parsed.data)) {
      const bytes = await this.request(`/api/content-media/${encodeURIComponent(item.id)}`, token);
      // Removed between the list and now: the next round's list will not have it.
      if (bytes.status === 404 || bytes.status === 403) continue;
      if (!bytes.ok) throw new Stop('server-error');
      const data = await bytes.arrayBuffer().catch(() => {
        throw new Stop('offline');
      });
      await this.options.store.saveDownloaded(item, new Blob([data], { type: item.mime }));
      report.downloaded += 1;
    }
  }

  private setStatus(status: MediaSyncStatus) {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}

export const createMediaSync = (options: MediaSyncOptions): MediaSync => new MediaSync(options);

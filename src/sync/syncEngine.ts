// Client sync: one multiplexed socket, one provider per open or dirty case, every dirty case synced
// after (re)connect without being opened, cases of the municipality downloaded ahead, and a case
// marked synced only when the server has acknowledged (durably stored) all of its changes.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import {
  CASES_CHANGED,
  CONTENT_CHANGED,
  caseDocumentName,
  organisationChannelName,
} from '../protocol/documentName';
import { coverageReplySchema, parseStateless, type CoverageRequest } from '../protocol/coverage';
import { REFUSED_FOR_GOOD } from '../protocol/refusals';
import { ApiError, type ApiClient } from './apiClient';
import type { SessionManager } from './session';

/** What the engine needs from the tablet's storage (src/storage implements it). */
export interface SyncCaseStore {
  /** Removes a case the server deleted (AVG erasure), unsynced changes included. */
  removeFromTablet(caseId: string, reason: 'deleted-on-server'): Promise<void>;
  /** A hold on the case's doc for the sync; `release` lets the storage close it once no screen holds it either. */
  openForSync(caseId: string): Promise<{ doc: Y.Doc; release(): void }>;
  /** Whether a screen holds the case: then the engine keeps it live. */
  inUse(caseId: string): boolean;
  /** Calls back when no screen has needed a case for a while: the engine lets go once it is not needed for sync. */
  onNotInUse(listener: (caseId: string) => void): () => void;
  isOnTablet(caseId: string): Promise<boolean>;
  dirtyCaseIds(): Promise<string[]>;
  pendingChanges(caseId: string): Promise<number>;
  /** Resolves true when nothing of the case waits for the server now (no local change came after the acknowledgement). */
  markSynced(caseId: string, localChangesAtAck: number): Promise<boolean>;
  markSyncError(caseId: string, reason: string): Promise<void>;
}

export type ConnectionStatus = 'offline' | 'connecting' | 'connected';

export interface SyncEngineOptions {
  /** ws:// or wss:// URL of the server's sync endpoint. */
  url: string;
  api: ApiClient;
  session: SessionManager;
  cases: SyncCaseStore;
  /** The `ws` package in Node; the browser's WebSocket otherwise. */
  WebSocketPolyfill?: unknown;
  onConnectionChange?(status: ConnectionStatus): void;
  /** The municipality's case list was fetched and every missing case is being downloaded. */
  onCasesDownloaded?(): void;
  /** A case on this tablet was deleted on the server and has been removed here. */
  onCaseDeleted?(caseId: string): void;
  /** How long a connection attempt shows as "connecting" before it counts as offline, ms. */
  connectingShownMs?: number;
  /** The tablet was retired: it sends what it has and hears of no new cases. */
  onRetiring?(): void;
  /** Retired, and every case is on the server: the tablet may wipe itself now. */
  onRetired?(): void;
  /** The server said the municipality's content (texts, figures, partners) changed. */
  onContentChanged?(): void;
  /** Where the engine keeps the time of the last deletion it has seen (between app starts). */
  deletionCursor?: { load(): Promise<string | undefined>; save(since: string): Promise<void> };
}

/**
 * Refusals that say the server cannot serve the case *now* (its database failed to load it or to check
 * the token), not that it never will. The server accepts one authentication per case and socket, so the retry is a new socket.
 */
const TRANSIENT_REFUSALS = new Set(['document-load-failed', 'server-unavailable']);
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 60_000;
/** Several changes to the case list in a moment (a teamleider reassigning ten cases) make one fetch. */
const CASES_CHANGED_DEBOUNCE_MS = 300;
/** A connection attempt that takes longer than this counts as "server not reachable" for the chip. */
const CONNECTING_SHOWN_MS = 10_000;
/** How long the engine waits for the server's answer whether it holds the whole case. */
const COVERAGE_TIMEOUT_MS = 15_000;
/** Resyncs in a row after which a case the server keeps lacking is shown as a problem. */
const MAX_RESYNCS = 3;

interface Tracked {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Ends the engine's hold on the case's doc. */
  release(): void;
  /** A coverage question on its way, and whether another check was asked for meanwhile. */
  checking?: Promise<void>;
  checkAgain?: boolean;
  /** Resyncs since the server last said it holds everything. */
  resyncs: number;
  answers: Map<string, (covered: boolean) => void>;
}

export class SyncEngine {
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly tracked = new Map<string, Tracked>();
  private status: ConnectionStatus = 'offline';
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  /** The municipality's channel: the server says there when the case list changed. */
  private channel: HocuspocusProvider | null = null;
  private casesChangedTimer: ReturnType<typeof setTimeout> | undefined;
  private syncing: Promise<void> = Promise.resolve();
  /** Retired by the municipality: dirty cases are still sent, nothing is downloaded. */
  private retiring = false;
  /** False once an attempt failed: the retries that follow show "offline", not "connecting". */
  private reachable = true;
  private connectingTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatchingUse: (() => void) | undefined;

  constructor(private readonly options: SyncEngineOptions) {}

  /** Opens the socket (it reconnects by itself with backoff) and syncs what waits. */
  start(): void {
    if (this.socket) return;
    this.stopWatchingUse = this.options.cases.onNotInUse((caseId) => this.letGoIfUnneeded(caseId));
    this.socket = new HocuspocusProviderWebsocket({
      url: this.options.url,
      delay: 1000,
      factor: 2,
      maxDelay: 30_000,
      minDelay: 500,
      jitter: true,
      maxAttempts: 0,
      ...(this.options.WebSocketPolyfill
        ? { WebSocketPolyfill: this.options.WebSocketPolyfill }
        : {}),
    });
    this.socket.on('status', ({ status }: { status: string }) => this.onSocketStatus(status));
    // The socket starts its first attempt in its constructor, before this listener.
    this.onSocketStatus(this.socket.status);
    // Attached before the socket opens: a provider attached inside the 'connected' status event would
    // miss the socket's open (Hocuspocus emits the status first) and never authenticate.
    this.listenToOrganisation();
  }

  /**
   * The chip tells the truth: "connecting" only for a first attempt (and not longer than
   * CONNECTING_SHOWN_MS); once an attempt failed, the retries behind it show "offline" until one works.
   */
  private onSocketStatus(status: string): void {
    clearTimeout(this.connectingTimer);
    if (status === 'connected') {
      this.reachable = true;
      this.setStatus('connected');
      void this.afterConnect();
    } else if (status === 'connecting') {
      this.setStatus(this.reachable ? 'connecting' : 'offline');
      this.connectingTimer = setTimeout(() => {
        this.reachable = false;
        this.setStatus('offline');
      }, this.options.connectingShownMs ?? CONNECTING_SHOWN_MS);
    } else {
      this.reachable = false;
      this.setStatus('offline');
    }
  }

  stop(): void {
    clearTimeout(this.connectingTimer);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    clearTimeout(this.casesChangedTimer);
    this.channel?.destroy();
    this.channel = null;
    this.stopWatchingUse?.();
    this.stopWatchingUse = undefined;
    for (const { provider, release } of this.tracked.values()) {
      provider.destroy();
      release();
    }
    this.tracked.clear();
    this.socket?.destroy();
    this.socket = null;
    this.setStatus('offline');
  }

  /**
   * Keeps a case in sync (an open case, or one with changes waiting). Called again after each local
   * save: if the server already acknowledged everything, the case is marked synced now — the ack may
   * have come before the save had counted its change.
   */
  async track(caseId: string): Promise<void> {
    const existing = this.tracked.get(caseId);
    if (existing) return this.checkSynced(caseId);
    if (!this.socket) return;
    // Checked before the case is held: an id the server could never name is refused without opening it.
    const name = caseDocumentName(caseId);
    const { doc, release } = await this.options.cases.openForSync(caseId);
    if (this.tracked.has(caseId) || !this.socket) return release();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: () => this.options.session.getAccessToken(),
      // No presence: nothing on the screen shows who else is on a case, so no awareness heartbeats
      // (every 15 s per case, relayed to every tablet on it) cost battery or azc wifi.
      awareness: null,
    });
    const tracked: Tracked = { provider, doc, release, resyncs: 0, answers: new Map() };
    const check = () => void this.checkSynced(caseId);
    provider.on('synced', check);
    provider.on('unsyncedChanges', check);
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const reply = parseStateless(coverageReplySchema, payload);
      if (reply) tracked.answers.get(reply.id)?.(reply.covered);
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (reason === 'case-deleted') return void this.removeDeleted(caseId);
      if (reason === 'device-revoked') this.options.session.markRevoked();
      void this.options.cases.markSyncError(caseId, reason);
      if (TRANSIENT_REFUSALS.has(reason)) this.reconnectLater();
    });
    provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (event?.reason === 'case-deleted') void this.removeDeleted(caseId);
      // Refused for good: the work stays on the tablet and the case list says why.
      if (event?.reason && REFUSED_FOR_GOOD.has(event.reason))
        void this.options.cases.markSyncError(caseId, event.reason);
    });
    this.tracked.set(caseId, tracked);
    provider.attach();
  }

  /**
   * Cases deleted on the server leave first; then every dirty case, and every case not on this tablet
   * yet. One run at a time: a notice during a run starts another run after it.
   */
  syncAll(): Promise<void> {
    this.syncing = this.syncing
      .catch(() => undefined)
      .then(async () => {
        await this.removeDeletedCases().catch(this.onApiError);
        for (const caseId of await this.options.cases.dirtyCaseIds()) await this.track(caseId);
        if (!this.retiring) await this.downloadAhead().catch(this.onApiError);
        await this.finishRetiringIfDone();
      });
    return this.syncing;
  }

  /** Listens on the municipality's channel, so new, reassigned and deleted cases arrive while online. */
  private listenToOrganisation(): void {
    const state = this.options.session.getState();
    if (this.channel || !this.socket || state.status !== 'signed-in') return;
    this.channel = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: organisationChannelName(state.user.organisationId),
      document: new Y.Doc(),
      token: () => this.options.session.getAccessToken(),
      awareness: null,
    });
    this.channel.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (reason === 'device-retired') this.enterRetiring();
      if (reason === 'device-revoked') this.options.session.markRevoked();
    });
    this.channel.on('stateless', ({ payload }: { payload: string }) => {
      if (payload === CONTENT_CHANGED) this.options.onContentChanged?.();
      if (payload !== CASES_CHANGED) return;
      clearTimeout(this.casesChangedTimer);
      this.casesChangedTimer = setTimeout(
        () => void this.syncAll().catch(() => undefined),
        CASES_CHANGED_DEBOUNCE_MS,
      );
    });
    this.channel.attach();
  }

  /** A failed REST call leaves the cases alone, but a revoked tablet must know it at once. */
  private readonly onApiError = (error: unknown): void => {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'device-revoked') this.options.session.markRevoked();
    if (error.code === 'device-retired') this.enterRetiring();
  };

  /** The municipality retired this tablet: stop hearing of new cases, keep sending, then let it wipe. */
  private enterRetiring(): void {
    if (this.retiring) return;
    this.retiring = true;
    clearTimeout(this.casesChangedTimer);
    this.channel?.destroy();
    this.channel = null;
    this.options.onRetiring?.();
    void this.syncAll().catch(() => undefined);
  }

  private retired = false;
  private async finishRetiringIfDone(): Promise<void> {
    if (!this.retiring || this.retired) return;
    const waiting = (await this.options.cases.dirtyCaseIds()).length;
    // Checked again after the await: two confirmations at once must not both say "done".
    if (waiting > 0 || this.retired) return;
    this.retired = true;
    this.options.onRetired?.();
  }

  /** Removals under way: a deletion can arrive twice at once (the case's close reason and the channel's notice). */
  private readonly removing = new Map<string, Promise<void>>();

  private removeDeleted(caseId: string): Promise<void> {
    const running = this.removing.get(caseId);
    if (running) return running;
    const removal = (async () => {
      const entry = this.tracked.get(caseId);
      if (!entry && !(await this.options.cases.isOnTablet(caseId))) return; // removed already
      this.tracked.delete(caseId);
      entry?.provider.destroy();
      entry?.release();
      await this.options.cases.removeFromTablet(caseId, 'deleted-on-server');
      this.options.onCaseDeleted?.(caseId);
    })().finally(() => this.removing.delete(caseId));
    this.removing.set(caseId, removal);
    return removal;
  }

  private async removeDeletedCases(): Promise<void> {
    const cursor = this.options.deletionCursor;
    const since = await cursor?.load();
    const deleted = await this.options.api.listDeletedCases(
      await this.options.session.getAccessToken(),
      since,
    );
    for (const { caseId } of deleted) {
      if (await this.options.cases.isOnTablet(caseId)) await this.removeDeleted(caseId);
    }
    const newest = deleted
      .map((d) => d.deletedAt)
      .sort()
      .at(-1);
    if (newest) await cursor?.save(newest);
  }

  private async afterConnect(): Promise<void> {
    // Providers attached before a disconnect resume by themselves; new dirty cases join here.
    await this.syncAll();
  }

  private async downloadAhead(): Promise<void> {
    const token = await this.options.session.getAccessToken();
    const remote = await this.options.api.listCases(token);
    // Ahead of the visit: the cases assigned to this consultant (and those assigned to nobody).
    const mine = remote.filter((item) => item.assignedToMe !== false || !item.assignedUserId);
    for (const item of mine) {
      if (!(await this.options.cases.isOnTablet(item.caseId))) await this.track(item.caseId);
    }
    this.options.onCasesDownloaded?.();
  }

  /** One reconnect for every case refused for a passing reason, with doubling pauses while it lasts. */
  private reconnectLater(): void {
    if (this.retryTimer || !this.socket) return;
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.retries++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      const socket = this.socket;
      // Not connected: it is reconnecting by itself, and the cases authenticate again when it is back.
      if (!socket || socket.status !== 'connected') return;
      const reconnect = () => {
        socket.off('disconnect', reconnect);
        if (this.socket === socket) void socket.connect();
      };
      socket.on('disconnect', reconnect);
      socket.disconnect();
    }, wait);
  }

  /** One check at a time per case; a check asked for meanwhile runs after it. */
  private checkSynced(caseId: string): Promise<void> {
    const tracked = this.tracked.get(caseId);
    if (!tracked) return Promise.resolve();
    if (tracked.checking) {
      tracked.checkAgain = true;
      return tracked.checking;
    }
    tracked.checking = this.confirmSynced(caseId, tracked).finally(() => {
      tracked.checking = undefined;
      if (tracked.checkAgain) {
        tracked.checkAgain = false;
        void this.checkSynced(caseId);
      }
    });
    return tracked.checking;
  }

  /**
   * A case is on the server only when the server says its copy holds everything this tablet's copy
   * holds (structs and deletions), not when the provider has no unsynced changes (hocuspocus #825).
   * When it lacks something, a resync makes the tablet send it again.
   */
  private async confirmSynced(caseId: string, tracked: Tracked): Promise<void> {
    const { provider } = tracked;
    if (!provider.isSynced || provider.unsyncedChanges !== 0) return;
    // Read the count of local saves first: a save that lands after the ack keeps the case dirty.
    const atAck = await this.options.cases.pendingChanges(caseId);
    if (provider.unsyncedChanges !== 0) return;
    const covered = await this.askCoverage(tracked);
    if (covered === undefined) return; // No answer (the socket went): asked again after the next sync.
    if (!covered) {
      if (++tracked.resyncs > MAX_RESYNCS)
        return void (await this.options.cases.markSyncError(caseId, 'not-on-server'));
      provider.forceSync();
      return;
    }
    tracked.resyncs = 0;
    this.retries = 0;
    await this.options.cases.markSynced(caseId, atAck);
    await this.finishRetiringIfDone();
  }

  /**
   * No screen needs the case any more. Offline the engine lets go at once (after reconnecting, every dirty case
   * is tracked again). Online it keeps the case live: another tablet's later change to it must reach this tablet
   * (it has no other way to hear of it), so a case tracked while connected stays in memory until the tablet is
   * offline or the engine stops.
   */
  private letGoIfUnneeded(caseId: string): void {
    if (!this.tracked.has(caseId) || this.options.cases.inUse(caseId)) return;
    if (this.status !== 'connected') return this.untrack(caseId);
    void this.checkSynced(caseId);
  }

  private untrack(caseId: string): void {
    const tracked = this.tracked.get(caseId);
    if (!tracked) return;
    this.tracked.delete(caseId);
    tracked.provider.destroy();
    tracked.release();
  }

  private askCoverage({ provider, doc, answers }: Tracked): Promise<boolean | undefined> {
    const id = crypto.randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        answers.delete(id);
        resolve(undefined);
      }, COVERAGE_TIMEOUT_MS);
      answers.set(id, (covered) => {
        clearTimeout(timer);
        answers.delete(id);
        resolve(covered);
      });
      const request: CoverageRequest = {
        type: 'coverage?',
        id,
        snapshot: toBase64(Y.encodeSnapshot(Y.snapshot(doc))),
      };
      provider.sendStateless(JSON.stringify(request));
    });
  }

  private setStatus(status: ConnectionStatus) {
    if (status === this.status) return;
    this.status = status;
    this.options.onConnectionChange?.(status);
  }
}

// Sends the tablet's own audit log (Dexie `audit`) to the server in batches, oldest first. The id of the last entry
// the server confirmed is kept in `settings` ('auditSentUpTo'); it only moves after the server's receipt, so when
// a round cannot finish (offline, server trouble) everything stays and the next round sends it again.
import {
  DEVICE_AUDIT_BATCH_MAX,
  deviceAuditEntryOf,
  deviceAuditReceiptSchema,
  type DeviceAuditBatch,
} from '../protocol/deviceAudit';
import type { SamenspraakDb } from '../storage/db';
import { oneAtATime } from './oneAtATime';
import { readSetting, writeSetting, type SettingKey } from '../storage/settings';

export const AUDIT_CURSOR_KEY = 'auditSentUpTo' satisfies SettingKey;

/** Why a round stopped: no network, no usable session, the server's trouble, a refused batch, or the tablet's storage. */
export type AuditUploadProblem = 'offline' | 'signed-out' | 'server-error' | 'refused' | 'storage';

export interface AuditUploadReport {
  sent: number;
  problem?: AuditUploadProblem;
}

export interface AuditUploadOptions {
  /** Origin of the server, e.g. location.origin. */
  baseUrl: string;
  getAccessToken(): Promise<string>;
  db: SamenspraakDb;
  fetch?: typeof fetch;
  /** The server said this tablet is revoked. */
  onDeviceRevoked?(): void;
  /** Entries per request (at most DEVICE_AUDIT_BATCH_MAX). */
  batchSize?: number;
  /** Time between rounds while started, ms. */
  intervalMs?: number;
  /** First wait after a failed round, ms; doubles up to intervalMs. */
  retryMs?: number;
  /** Wait after a new local entry before it is sent, ms. */
  settleMs?: number;
}

class Stop extends Error {
  constructor(readonly problem: AuditUploadProblem) {
    super(problem);
  }
}

export class AuditUpload {
  /** Rounds one at a time; an ask during a round brings one more (src/sync/oneAtATime.ts). */
  private readonly rounds = oneAtATime(
    () => this.round(),
    (report: AuditUploadReport) => !!report.problem,
  );
  private timer: ReturnType<typeof setTimeout> | null = null;
  private soon: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private started = false;
  private readonly fetchImpl: typeof fetch;
  private readonly onOnline = () => void this.syncNow();
  private readonly onNewEntry = () => {
    if (this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.syncNow();
    }, this.options.settleMs ?? 2_000);
  };

  constructor(private readonly options: AuditUploadOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** Sends now and keeps sending: on an interval, when the network returns, shortly after a new entry. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (typeof addEventListener === 'function') addEventListener('online', this.onOnline);
    this.options.db.audit.hook('creating', this.onNewEntry);
    void this.syncNow();
  }

  stop(): void {
    this.started = false;
    if (typeof removeEventListener === 'function') removeEventListener('online', this.onOnline);
    this.options.db.audit.hook('creating').unsubscribe(this.onNewEntry);
    for (const timer of [this.timer, this.soon]) if (timer) clearTimeout(timer);
    this.timer = null;
    this.soon = null;
  }

  /** One round (or joins the running one, then runs once more so nothing written meanwhile waits). */
  syncNow(): Promise<AuditUploadReport> {
    return this.rounds();
  }

  /** The id of the last entry the server confirmed (0 before the first). */
  async sentUpTo(): Promise<number> {
    const value = await readSetting(this.options.db, AUDIT_CURSOR_KEY);
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
  }

  private async round(): Promise<AuditUploadReport> {
    const report: AuditUploadReport = { sent: 0 };
    try {
      const batchSize = Math.min(this.options.batchSize ?? 100, DEVICE_AUDIT_BATCH_MAX);
      let token: string | undefined;
      for (;;) {
        const rows = await this.options.db.audit
          .where('id')
          .above(await this.sentUpTo())
          .limit(batchSize)
          .toArray();
        const entries = rows.flatMap((row) =>
          row.id === undefined ? [] : [deviceAuditEntryOf({ ...row, id: row.id })],
        );
        if (entries.length === 0) break;
        token ??= await this.options.getAccessToken().catch(() => {
          throw new Stop('signed-out');
        });
        await this.send(token, { entries });
        report.sent += entries.length;
        if (rows.length < batchSize) break;
      }
      this.failures = 0;
    } catch (error) {
      if (!(error instanceof Stop)) console.error('Audit upload round failed', error);
      report.problem = error instanceof Stop ? error.problem : 'storage';
      this.failures += 1;
    }
    this.schedule();
    return report;
  }

  /** Posts one batch and, once the server confirms it, moves the cursor past it. */
  private async send(token: string, batch: DeviceAuditBatch): Promise<void> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.options.baseUrl}/api/device-audit`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
    } catch {
      throw new Stop('offline');
    }
    if (response.status === 401) throw new Stop('signed-out');
    if (response.status === 403) {
      const body = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
      if (body?.error === 'device-revoked') {
        this.options.onDeviceRevoked?.();
        throw new Stop('signed-out');
      }
      throw new Stop('refused');
    }
    if (response.status >= 500 || response.status === 429) throw new Stop('server-error');
    if (!response.ok) throw new Stop('refused');
    const receipt = deviceAuditReceiptSchema.safeParse(
      await response.json().catch(() => undefined),
    );
    const last = Math.max(...batch.entries.map((e) => e.id));
    if (!receipt.success || receipt.data.upTo < last) throw new Stop('server-error');
    await this.advance(last);
  }

  /** Moves the cursor forward only: another tab may have sent further already. */
  private advance(upTo: number): Promise<void> {
    const { db } = this.options;
    return db.transaction('rw', db.settings, async () => {
      if ((await this.sentUpTo()) < upTo) await writeSetting(db, AUDIT_CURSOR_KEY, upTo);
    });
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.started) return;
    const interval = this.options.intervalMs ?? 60_000;
    const retry = this.options.retryMs ?? 15_000;
    const wait =
      this.failures === 0 ? interval : Math.min(interval, retry * 2 ** (this.failures - 1));
    this.timer = setTimeout(() => void this.syncNow(), wait);
  }
}

export const createAuditUpload = (options: AuditUploadOptions): AuditUpload =>
  new AuditUpload(options);

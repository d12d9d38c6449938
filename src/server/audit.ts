// Server audit log: every refused access (and security-relevant success) becomes a row in audit_log; refusals
// before login are tallied per address and minute. Reading it (GET /api/audit) is in ./audit/.
import type { Queryable } from './persistence/db';
import { cleanClientText } from './audit/cleanText';
import { createRefusalTally } from './audit/refusalTally';

export interface AuditEntry {
  action: string;
  outcome: 'ok' | 'refused';
  organisationId?: string;
  userId?: string;
  deviceId?: string;
  target?: string;
  reason?: string;
  ip?: string;
  /** How many refusals this row stands for (tallied refusals before login); 1 when unset. */
  count?: number;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/** Texts a client chose (e-mail typed at login, document name, error text) are cleaned and cut before storing. */
const clientText = (value: string | undefined, max = 200) =>
  value === undefined ? null : cleanClientText(value, max);

/** Writes one audit row and throws when it fails (use inside a transaction that must not commit without it). */
export const insertAuditEntry = async (db: Queryable, e: AuditEntry): Promise<void> => {
  await db.query(
    `INSERT INTO audit_log (organisation_id, user_id, device_id, action, target, outcome, reason, ip, count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.organisationId ?? null,
      e.userId ?? null,
      e.deviceId ?? null,
      clientText(e.action, 100),
      clientText(e.target),
      e.outcome,
      clientText(e.reason),
      clientText(e.ip, 64),
      e.count ?? 1,
    ],
  );
};

export interface AuditLog extends Audit {
  /** Stops the minute timer and writes the tallies still counting (at shutdown). */
  stop(): Promise<void>;
}

/** A refusal nobody is logged in for: anyone can cause it as often as they like, so it is tallied. */
const beforeLogin = (e: AuditEntry) =>
  e.outcome === 'refused' && !e.organisationId && !e.userId && !e.deviceId;

/**
 * Writes audit rows; a failing write is reported on stderr (one line) but never hides the original refusal.
 * Refusals before login: the first per address, action and reason in a minute is written at once, the rest
 * of that minute as one row with its count.
 */
export const createAudit = (db: Queryable, { tallyWindowMs = 60_000 } = {}): AuditLog => {
  const tally = createRefusalTally({ windowMs: tallyWindowMs });
  const write = async (e: AuditEntry) => {
    try {
      await insertAuditEntry(db, e);
    } catch (error) {
      console.error(
        `[audit] could not write audit entry ${e.action}/${e.outcome}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const flush = async (all = true) => {
    for (const row of tally.drain(Date.now(), all)) await write(row);
  };
  const timer = setInterval(() => void flush(false), Math.min(tallyWindowMs, 60_000));
  timer.unref();
  const audit = async (e: AuditEntry) => {
    if (beforeLogin(e) && !tally.admit(e, Date.now())) return;
    await write(e);
  };
  return Object.assign(audit, {
    stop: async () => {
      clearInterval(timer);
      await flush(true);
    },
  });
};

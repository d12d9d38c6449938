// Server audit log: every refused access (and security-relevant success) becomes a row in audit_log.
// Reading it (GET /api/audit) is in ./audit/; entries about opens of case documents are written by ./audit/caseOpened.
import type { Queryable } from './persistence/db';

export interface AuditEntry {
  action: string;
  outcome: 'ok' | 'refused';
  organisationId?: string;
  userId?: string;
  deviceId?: string;
  target?: string;
  reason?: string;
  ip?: string;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/** Writes one audit row and throws when it fails (use inside a transaction that must not commit without it). */
export const insertAuditEntry = async (db: Queryable, e: AuditEntry): Promise<void> => {
  await db.query(
    `INSERT INTO audit_log (organisation_id, user_id, device_id, action, target, outcome, reason, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      e.organisationId ?? null,
      e.userId ?? null,
      e.deviceId ?? null,
      e.action,
      e.target ?? null,
      e.outcome,
      e.reason ?? null,
      e.ip ?? null,
    ],
  );
};

/** Writes audit rows; a failing write is reported on stderr but never hides the original refusal. */
export const createAudit =
  (db: Queryable): Audit =>
  async (e) => {
    try {
      await insertAuditEntry(db, e);
    } catch (error) {
      console.error('[audit] could not write audit entry', e, error);
    }
  };

// The tablet's own audit entries on their way to the server (POST /api/device-audit): one batch, its receipt,
// and the shaping of a local row into an entry the server always takes (so a strange row never blocks the rest).
import { z } from 'zod';
import { caseIdSchema } from './documentName';

/** At most this many entries in one request; the tablet sends more in several. */
export const DEVICE_AUDIT_BATCH_MAX = 200;
/** The request body's limit in bytes: a full batch of the longest entries fits with room to spare. */
export const DEVICE_AUDIT_BODY_LIMIT = 128 * 1024;
/** A detail is a short code (a wipe's reason), never free text; longer is cut. */
export const DEVICE_AUDIT_DETAIL_MAX = 200;

/** What the tablet writes today (src/storage/db.ts AuditRow); newer tablets may add actions of the same shape. */
export const TABLET_AUDIT_ACTIONS = [
  'case-created',
  'case-opened',
  'case-exported',
  'case-wiped',
  'storage-error',
] as const;

const ACTION_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

export const deviceAuditEntrySchema = z.object({
  /** The tablet's sequence number of the entry: with the device, what makes it unique (sending twice stores once). */
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** When it happened, by the tablet's clock. */
  at: z.iso.datetime({ offset: true }),
  action: z.string().regex(ACTION_PATTERN),
  caseId: caseIdSchema.optional(),
  detail: z.string().max(DEVICE_AUDIT_DETAIL_MAX).optional(),
});
export type DeviceAuditEntry = z.infer<typeof deviceAuditEntrySchema>;

export const deviceAuditBatchSchema = z.object({
  entries: z.array(deviceAuditEntrySchema).min(1).max(DEVICE_AUDIT_BATCH_MAX),
});
export type DeviceAuditBatch = z.infer<typeof deviceAuditBatchSchema>;

/** The server has every entry of the batch (new or seen before) up to and including `upTo`. */
export const deviceAuditReceiptSchema = z.object({
  upTo: z.number().int(),
  /** How many were new. */
  stored: z.number().int().nonnegative(),
});
export type DeviceAuditReceipt = z.infer<typeof deviceAuditReceiptSchema>;

/** A row of the tablet's audit table as it is stored there. */
export interface LocalAuditRow {
  id: number;
  at: string;
  action: string;
  caseId?: string;
  detail?: string;
}

const CONTROL_CHARACTERS = /\p{Cc}/gu;

/**
 * The entry the server takes for a local row: a time it can read (the epoch when the row's is unreadable), an
 * action of the agreed shape ('unknown' otherwise), the case id only when it is one, the detail cut to size.
 */
export const deviceAuditEntryOf = (row: LocalAuditRow): DeviceAuditEntry => {
  const time = Date.parse(row.at);
  const detail = row.detail?.replace(CONTROL_CHARACTERS, ' ').slice(0, DEVICE_AUDIT_DETAIL_MAX);
  return {
    id: row.id,
    at: new Date(Number.isNaN(time) ? 0 : time).toISOString(),
    action: ACTION_PATTERN.test(row.action) ? row.action : 'unknown',
    ...(row.caseId !== undefined && caseIdSchema.safeParse(row.caseId).success
      ? { caseId: row.caseId }
      : {}),
    ...(detail ? { detail } : {}),
  };
};

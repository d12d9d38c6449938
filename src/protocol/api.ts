// zod schemas of the REST API bodies (login, refresh, devices, errors).
import { z } from 'zod';
import { roleSchema } from './roles';

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
  deviceName: z.string().trim().min(1).max(100),
  /**
   * The device this tablet was signed in as before (its stored session). When it is this user's and not
   * revoked as lost, the sign-in continues on it, so work written offline under it still syncs.
   */
  previousDeviceId: z.uuid().optional(),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(20).max(512),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const userInfoSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  organisationId: z.uuid(),
  organisationName: z.string(),
});
export type UserInfo = z.infer<typeof userInfoSchema>;

export const sessionResponseSchema = z.object({
  accessToken: z.string(),
  /** Seconds since the epoch at which the access token expires. */
  accessTokenExpiresAt: z.number().int(),
  refreshToken: z.string(),
  deviceId: z.uuid(),
  user: userInfoSchema,
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const deviceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  userId: z.uuid(),
  /** The consultant the tablet belongs to. */
  email: z.string().optional(),
  /** "iPad · Safari", from the browser at sign-in. */
  model: z.string().nullable().optional(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  lastSyncAt: z.string().nullable().optional(),
  revokedAt: z.string().nullable(),
  /** lost: wiped at the next contact; retire: sends what it still has, then wipes itself. */
  revokeMode: z.enum(['lost', 'retire']).nullable().optional(),
});

/** A teamleider hands a case to another consultant of the municipality; her tablet fetches it by itself. */
export const assignCaseRequestSchema = z.object({ userId: z.uuid() });
export type AssignCaseRequest = z.infer<typeof assignCaseRequestSchema>;

export const revokeRequestSchema = z.object({ mode: z.enum(['lost', 'retire']).default('lost') });
export type RevokeRequest = z.input<typeof revokeRequestSchema>;
export type Device = z.infer<typeof deviceSchema>;

/** Machine-readable reasons in error bodies and in socket permission-denied messages. */
export const ERROR_CODES = [
  'invalid-request',
  'invalid-credentials',
  'rate-limited',
  'invalid-token',
  'token-expired',
  'device-revoked',
  'forbidden',
  'not-found',
  'unknown-document',
  'document-load-failed',
  'case-deleted',
  /** The server could not store an update it had already taken in: resync once it has reloaded the case. */
  'document-not-durable',
  /** The tablet was retired: it may send what it has for its cases, nothing new reaches it. */
  'device-retired',
  /** The server could not reach its database just now (a passing outage): try again later. */
  'server-unavailable',
  /** An update carried structs under a Yjs client id that another device owns in this document. */
  'client-id-of-other-device',
  /** The server does not hold everything this tablet holds, after asking it to send again. */
  'not-on-server',
  /** Something failed on the server; the body never carries its internal text. */
  'server-error',
  /** One update is larger than the server takes in at once: refused for good, the work stays on the tablet. */
  'update-too-large',
  /** The case would grow beyond the largest case the server keeps: refused, the work stays on the tablet. */
  'case-too-large',
  /**
   * A refresh token the server had already replaced was used again (RFC 9700 reuse detection): the
   * device's refresh tokens are revoked; the consultant signs in again, the tablet and its work stay.
   */
  'refresh-token-reused',
  /** An update would delete a kept record (a vastgestelde PIP version, his recorded voice): refused for good. */
  'removes-kept-record',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);

export { REFUSED_FOR_GOOD } from './refusals';
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorResponseSchema = z.object({ error: errorCodeSchema });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

// ---- AVG: inzage (export), deletion on request, audit log (src/server/avg, src/server/audit) ----

/** Why a case was deleted; a code, never free text, so the audit log holds no personal data. */
export const DELETION_REASONS = [
  /** The inburgeraar asked for erasure (AVG art. 17), checked by the privacy officer. */
  'request-of-person',
  /** Created by mistake (wrong person, test case). */
  'entered-in-error',
  /** A second dossier of the same person. */
  'duplicate',
  /** The municipality's retention period has ended. */
  'retention-ended',
] as const;
export const deletionReasonSchema = z.enum(DELETION_REASONS);
export type DeletionReason = z.infer<typeof deletionReasonSchema>;

export const deleteCaseRequestSchema = z.object({
  reason: deletionReasonSchema,
  /** The registration number of the request in the municipality's own system (no names): letters, digits, . _ / - */
  reference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'a registration number')
    .optional(),
});
export type DeleteCaseRequest = z.infer<typeof deleteCaseRequestSchema>;

export const deleteCaseResponseSchema = z.object({
  ok: z.literal(true),
  caseId: z.string(),
  deletedAt: z.string(),
});
export type DeleteCaseResponse = z.infer<typeof deleteCaseResponseSchema>;

/** A case deleted on the server; a tablet that still holds it removes it (GET /api/cases/deleted). */
export const deletedCaseSchema = z.object({
  caseId: z.string(),
  deletedAt: z.string(),
});
export type DeletedCase = z.infer<typeof deletedCaseSchema>;

export const AUDIT_PAGE_MAX = 200;

export const auditQuerySchema = z.object({
  /** Only entries about this case. */
  caseId: z.string().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  /** Keyset pagination: entries with an id lower than this one (the `next` of the previous page). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  outcome: z.enum(['ok', 'refused']),
  userId: z.string().nullable(),
  /** E-mail address of the user, when the entry names a user of this municipality. */
  userEmail: z.string().nullable(),
  deviceId: z.string().nullable(),
  target: z.string().nullable(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

// The back office's privacy part (AVG): the audit view of a municipality, the server's entries and the tablets'
// own together, newest first, with its filters and a cursor to page on (GET /api/backoffice/audit).
import { z } from 'zod';
import { caseIdSchema } from './documentName';

export const PRIVACY_AUDIT_PAGE_MAX = 100;

/** Where an entry was written: by the server, or on a tablet (and sent later). */
export const AUDIT_SOURCES = ['server', 'tablet'] as const;
export type AuditSource = (typeof AUDIT_SOURCES)[number];

/** The actions the screen offers as a filter (others are shown, and can be asked for by name). */
export const AUDIT_VIEW_ACTIONS = [
  'case-exported',
  'case-deleted',
  'case-opened',
  'case-created',
  'case-wiped',
  'login',
  'revoke-device',
  'assign-case',
  'audit-read',
] as const;

/** "<time with microseconds>|<0 server, 1 tablet>|<id>": the last entry of a page; the next page starts after it. */
const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\|[01]\|\d{1,18}$/;

export const privacyAuditQuerySchema = z.object({
  caseId: caseIdSchema.optional(),
  /** Part of the e-mail address of the municipality's user who did it. */
  user: z.string().trim().min(1).max(254).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9 -]{0,99}$/)
    .optional(),
  source: z.enum(AUDIT_SOURCES).optional(),
  before: z.string().regex(CURSOR).optional(),
  limit: z.coerce.number().int().min(1).max(PRIVACY_AUDIT_PAGE_MAX).default(50),
});
export type PrivacyAuditQuery = z.input<typeof privacyAuditQuerySchema>;

export interface PrivacyAuditEntry {
  /** Unique in the view: "server:<id>" or "tablet:<id>". */
  key: string;
  source: AuditSource;
  /** When it happened (a tablet's entry: by its clock, never later than the server received it). */
  at: string;
  action: string;
  outcome: 'ok' | 'refused';
  caseId: string | null;
  /** The name of the case while the municipality still has it (none after its deletion). */
  caseName: string | null;
  /** What a server entry was about when it is not a case. */
  target: string | null;
  userEmail: string | null;
  deviceId: string | null;
  deviceName: string | null;
  /** The server's reason code, or the tablet's detail (a wipe's reason). */
  reason: string | null;
  ip: string | null;
  /** Written for another municipality (an attempt on one of ours): who, which tablet and from where are withheld. */
  foreign: boolean;
  /** A tablet's entry: when the server received it. */
  receivedAt: string | null;
}

export interface PrivacyAuditPage {
  entries: PrivacyAuditEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

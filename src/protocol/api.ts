// zod schemas of the REST API bodies (login, refresh, devices, errors).
import { z } from 'zod';
import { roleSchema } from './roles';

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
  deviceName: z.string().trim().min(1).max(100),
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
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
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
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorResponseSchema = z.object({ error: errorCodeSchema });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

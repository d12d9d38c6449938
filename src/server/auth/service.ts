// Authentication service: login with device registration, token refresh, and verification of access tokens.
import type { ErrorCode, SessionResponse } from '../../protocol/api';
import type { Audit } from '../audit';
import type { Queryable } from '../persistence/db';
import { findUserByEmail, findUserById, type User } from './accounts';
import { deviceStatus, registerDevice, rotateRefreshToken } from './devices';
import { dummyHash, verifyPassword } from './passwords';
import { createRateLimiter } from './rateLimit';
import { signAccessToken, verifyAccessToken, type Principal, type TokenKeys } from './tokens';

export type AuthResult<T> =
  { ok: true; value: T } | { ok: false; error: ErrorCode; status: number };

export interface AuthService {
  login(
    input: { email: string; password: string; deviceName: string },
    ip: string,
    /** A plain description of the tablet (from its User-Agent), shown in the device list. */
    model?: string,
  ): Promise<AuthResult<SessionResponse>>;
  refresh(refreshToken: string, ip: string): Promise<AuthResult<SessionResponse>>;
  /** Verifies an access token and that its device is still active; refusals are audited with the given action. */
  verify(
    token: string,
    ctx: { ip?: string; action: string; target?: string },
  ): Promise<AuthResult<Principal>>;
  keys: TokenKeys;
}

export interface AuthOptions {
  accessTokenSeconds?: number;
  /** Failed logins per e-mail address per 15 minutes. */
  maxFailuresPerEmail?: number;
  /** Login attempts per IP address per minute. */
  maxAttemptsPerIp?: number;
}

const fail = (error: ErrorCode, status: number) => ({ ok: false as const, error, status });

export const createAuthService = (
  db: Queryable,
  keys: TokenKeys,
  audit: Audit,
  opts: AuthOptions = {},
): AuthService => {
  void dummyHash(); // computed ahead, so the first unknown-account login takes as long as the others
  const byEmail = createRateLimiter(opts.maxFailuresPerEmail ?? 5, 15 * 60_000);
  const byIp = createRateLimiter(opts.maxAttemptsPerIp ?? 30, 60_000);

  const session = async (
    user: User,
    deviceId: string,
    refreshToken: string,
  ): Promise<SessionResponse> => {
    const principal = {
      userId: user.id,
      organisationId: user.organisationId,
      role: user.role,
      deviceId,
    };
    const { token, expiresAt } = await signAccessToken(
      keys,
      principal,
      undefined,
      opts.accessTokenSeconds,
    );
    return {
      accessToken: token,
      accessTokenExpiresAt: expiresAt,
      refreshToken,
      deviceId,
      user: {
        id: user.id,
        email: user.email,
        role: user.role,
        organisationId: user.organisationId,
        organisationName: user.organisationName,
      },
    };
  };

  return {
    keys,

    login: async ({ email, password, deviceName }, ip, model) => {
      if (!byIp.hit(ip) || byEmail.blocked(email)) {
        await audit({
          action: 'login',
          outcome: 'refused',
          target: email,
          reason: 'rate-limited',
          ip,
        });
        return fail('rate-limited', 429);
      }
      const user = await findUserByEmail(db, email);
      const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !valid || user.disabled) {
        byEmail.hit(email);
        await audit({
          action: 'login',
          outcome: 'refused',
          target: email,
          reason: !user ? 'unknown-user' : user.disabled ? 'user-disabled' : 'wrong-password',
          organisationId: user?.organisationId,
          userId: user?.id,
          ip,
        });
        return fail('invalid-credentials', 401);
      }
      byEmail.reset(email);
      const { deviceId, refreshToken } = await registerDevice(db, user.id, deviceName, model);
      await audit({
        action: 'login',
        outcome: 'ok',
        organisationId: user.organisationId,
        userId: user.id,
        deviceId,
        ip,
      });
      return { ok: true, value: await session(user, deviceId, refreshToken) };
    },

    refresh: async (refreshToken, ip) => {
      const outcome = await rotateRefreshToken(db, refreshToken);
      if (!outcome.ok) {
        await audit({
          action: 'refresh',
          outcome: 'refused',
          reason: outcome.reason,
          deviceId: outcome.deviceId,
          userId: outcome.userId,
          ip,
        });
        return fail(outcome.reason, outcome.reason === 'device-revoked' ? 403 : 401);
      }
      const user = await findUserById(db, outcome.userId);
      if (!user) return fail('invalid-token', 401);
      return { ok: true, value: await session(user, outcome.deviceId, outcome.refreshToken) };
    },

    verify: async (token, { ip, action, target }) => {
      const result = await verifyAccessToken(keys, token);
      if (!result.ok) {
        await audit({ action, outcome: 'refused', reason: result.reason, target, ip });
        return fail(result.reason, 401);
      }
      const p = result.principal;
      const status = await deviceStatus(db, p.deviceId, p.userId);
      if (status === 'retiring') return { ok: true, value: { ...p, retiring: true } };
      if (status !== 'active') {
        const reason = status === 'revoked' ? 'device-revoked' : 'invalid-token';
        await audit({
          action,
          outcome: 'refused',
          reason,
          target,
          ip,
          organisationId: p.organisationId,
          userId: p.userId,
          deviceId: p.deviceId,
        });
        return fail(reason, status === 'revoked' ? 403 : 401);
      }
      return { ok: true, value: p };
    },
  };
};

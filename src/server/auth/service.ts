// Authentication service: throttled login with device registration, token refresh with reuse detection, and verification of access tokens.
import type { ErrorCode, SessionResponse } from '../../protocol/api';
import type { Audit } from '../audit';
import type { Database } from '../persistence/db';
import { findUserByEmail, findUserById, type User } from './accounts';
import { deviceStatus, registerDevice } from './devices';
import { createLoginThrottle, type LoginThrottleOptions } from './loginThrottle';
import { dummyHash, verifyPassword } from './passwords';
import { DEFAULT_REFRESH_GRACE_MS, rotateRefreshToken, signInOntoDevice } from './refreshFamilies';
import { signAccessToken, verifyAccessToken, type Principal, type TokenKeys } from './tokens';

export type AuthResult<T> =
  | { ok: true; value: T }
  /** retryAfterSeconds: when a throttled login may try again (the Retry-After header). */
  | { ok: false; error: ErrorCode; status: number; retryAfterSeconds?: number };

export interface AuthService {
  login(
    /** previousDeviceId: the device this tablet was before; the sign-in continues on it when allowed. */
    input: { email: string; password: string; deviceName: string; previousDeviceId?: string },
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
  /** Login attempts per IP address per minute (any accounts). */
  maxAttemptsPerIp?: number;
  /** The growing waits per account-and-address and the slow-down per account; defaults in loginThrottle.ts. */
  loginThrottle?: Partial<Omit<LoginThrottleOptions, 'attemptsPerAddressPerMinute'>>;
  /** The login throttle's clock (tests move it instead of waiting). */
  now?: () => number;
  /** How long after a rotation the previous refresh token is accepted once more, ms (default 60 s). */
  refreshGraceMs?: number;
}

const fail = (error: ErrorCode, status: number) => ({ ok: false as const, error, status });

export const createAuthService = (
  db: Database,
  keys: TokenKeys,
  audit: Audit,
  opts: AuthOptions = {},
): AuthService => {
  void dummyHash(); // computed ahead, so the first unknown-account login takes as long as the others
  const throttle = createLoginThrottle(
    {
      ...opts.loginThrottle,
      ...(opts.maxAttemptsPerIp !== undefined
        ? { attemptsPerAddressPerMinute: opts.maxAttemptsPerIp }
        : {}),
    },
    opts.now,
  );

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

    login: async ({ email, password, deviceName, previousDeviceId }, ip, model) => {
      // Checked before the password, so a throttled guess costs no scrypt and learns nothing.
      const verdict = throttle.attempt(email, ip);
      if (!verdict.allowed) {
        await audit({
          action: 'login',
          outcome: 'refused',
          target: email,
          reason: 'rate-limited',
          ip,
        });
        return { ...fail('rate-limited', 429), retryAfterSeconds: verdict.retryAfterSeconds };
      }
      const user = await findUserByEmail(db, email);
      const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !valid || user.disabled) {
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
      throttle.succeeded(email, ip);
      // Another user's device, or one revoked as lost, is ignored: then this tablet becomes a new device.
      const resumedToken = previousDeviceId
        ? await signInOntoDevice(db, {
            deviceId: previousDeviceId,
            userId: user.id,
            name: deviceName,
            model,
          })
        : undefined;
      const resumed =
        previousDeviceId && resumedToken
          ? { deviceId: previousDeviceId, refreshToken: resumedToken }
          : undefined;
      const { deviceId, refreshToken } =
        resumed ?? (await registerDevice(db, user.id, deviceName, model));
      await audit({
        action: 'login',
        outcome: 'ok',
        organisationId: user.organisationId,
        userId: user.id,
        deviceId,
        ...(resumed ? { reason: 'same-device' } : {}),
        ip,
      });
      return { ok: true, value: await session(user, deviceId, refreshToken) };
    },

    refresh: async (refreshToken, ip) => {
      const outcome = await rotateRefreshToken(
        db,
        refreshToken,
        opts.refreshGraceMs ?? DEFAULT_REFRESH_GRACE_MS,
      );
      if (!outcome.ok) {
        await audit({
          action: 'refresh',
          outcome: 'refused',
          reason: outcome.auditReason ?? outcome.reason,
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

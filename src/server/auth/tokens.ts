// Access tokens (jose HS256 JWT, 15 minutes) and opaque refresh tokens ("<deviceId>.<random>", stored hashed).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { roleSchema, type Role } from '../../protocol/roles';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;
const ISSUER = 'samenspraak';
const AUDIENCE = 'samenspraak-api';

export interface Principal {
  userId: string;
  organisationId: string;
  role: Role;
  deviceId: string;
  /** Revoked as retired: it may still send what it has for cases it had, and nothing more. */
  retiring?: boolean;
}

export interface TokenKeys {
  secret: Uint8Array;
}

export const signAccessToken = async (
  keys: TokenKeys,
  p: Principal,
  now = Math.floor(Date.now() / 1000),
  ttlSeconds = ACCESS_TOKEN_SECONDS,
): Promise<{ token: string; expiresAt: number }> => {
  const expiresAt = now + ttlSeconds;
  const token = await new SignJWT({ org: p.organisationId, role: p.role, did: p.deviceId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(p.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(keys.secret);
  return { token, expiresAt };
};

export type VerifyResult =
  { ok: true; principal: Principal } | { ok: false; reason: 'token-expired' | 'invalid-token' };

export const verifyAccessToken = async (keys: TokenKeys, token: string): Promise<VerifyResult> => {
  try {
    const { payload } = await jwtVerify(token, keys.secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const role = roleSchema.safeParse(payload.role);
    if (
      !payload.sub ||
      typeof payload.org !== 'string' ||
      typeof payload.did !== 'string' ||
      !role.success
    ) {
      return { ok: false, reason: 'invalid-token' };
    }
    return {
      ok: true,
      principal: {
        userId: payload.sub,
        organisationId: payload.org,
        role: role.data,
        deviceId: payload.did,
      },
    };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JWTExpired ? 'token-expired' : 'invalid-token',
    };
  }
};

export const newRefreshToken = (deviceId: string): string =>
  `${deviceId}.${randomBytes(32).toString('base64url')}`;

export const deviceIdOfRefreshToken = (token: string): string | undefined => {
  const [id, secret, ...rest] = token.split('.');
  return id && secret && rest.length === 0 ? id : undefined;
};

/** Refresh tokens are high-entropy, so a fast hash is enough; only the hash is stored. */
export const hashRefreshToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

export const sameHash = (a: string, b: string | null | undefined): boolean => {
  if (!b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

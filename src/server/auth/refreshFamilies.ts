// Refresh-token rotation with reuse detection (RFC 9700 §4.14.2): the tokens a device got since its last
// sign-in are one family; reusing a token the family already gave up revokes the family, not the device.
import type { Database, Queryable } from '../persistence/db';
import { refreshTokenExpiry, UUID } from './devices';
import {
  deviceIdOfRefreshToken,
  hashRefreshToken,
  newRefreshToken,
  REFRESH_TOKEN_DAYS,
  sameHash,
} from './tokens';

/** How long after a rotation the previous token is still accepted, once: a tablet that lost the answer retries. */
export const DEFAULT_REFRESH_GRACE_MS = 60_000;

export type RefreshRefusal =
  'invalid-token' | 'device-revoked' | 'token-expired' | 'refresh-token-reused';

export type RefreshOutcome =
  | { ok: true; deviceId: string; userId: string; refreshToken: string }
  | {
      ok: false;
      reason: RefreshRefusal;
      /** The reason written in the audit log when it says more than the answer does. */
      auditReason?: string;
      deviceId?: string;
      userId?: string;
    };

interface DeviceTokens {
  user_id: string;
  refresh_hash: string;
  previous_refresh_hash: string | null;
  refresh_expires_at: unknown;
  refresh_revoked_at: unknown;
  revoked_at: unknown;
  revoke_mode: string | null;
  disabled_at: unknown;
  previous_in_grace: boolean;
}

const retire = async (
  tx: Queryable,
  deviceId: string,
  hashes: (string | null)[],
): Promise<void> => {
  for (const hash of hashes) {
    if (!hash) continue;
    await tx.query(
      'INSERT INTO retired_refresh_tokens (token_hash, device_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [hash, deviceId],
    );
  }
  // A token older than a refresh token's life is dead anyway; forgetting it keeps the table small.
  await tx.query(
    `DELETE FROM retired_refresh_tokens WHERE device_id = $1 AND retired_at < now() - interval '${REFRESH_TOKEN_DAYS} days'`,
    [deviceId],
  );
};

const wasIssued = async (tx: Queryable, deviceId: string, hash: string): Promise<boolean> =>
  (
    await tx.query(
      'SELECT 1 FROM retired_refresh_tokens WHERE device_id = $1 AND token_hash = $2',
      [deviceId, hash],
    )
  ).length > 0;

/**
 * Rotates the refresh token. The current token gives a new one, and stays usable once more as the
 * previous token for graceMs, so a tablet whose connection dropped before it received the answer is not
 * locked out. Any other use of a token the family already gave up (the previous one twice or too late, an
 * older one, the unreceived one) means two parties hold the family's tokens: the family is revoked and the
 * consultant signs in again. A made-up token for a known device revokes nothing.
 */
export const rotateRefreshToken = (
  db: Database,
  token: string,
  graceMs: number = DEFAULT_REFRESH_GRACE_MS,
): Promise<RefreshOutcome> => {
  const deviceId = deviceIdOfRefreshToken(token);
  if (!deviceId || !UUID.test(deviceId))
    return Promise.resolve({ ok: false, reason: 'invalid-token' });
  // One transaction with the device row locked: two refreshes of one family are decided one after the other.
  return db.transaction(async (tx): Promise<RefreshOutcome> => {
    const [row] = await tx.query<DeviceTokens & Record<string, unknown>>(
      `SELECT d.user_id, d.refresh_hash, d.previous_refresh_hash, d.refresh_expires_at, d.refresh_revoked_at,
              d.revoked_at, d.revoke_mode, u.disabled_at,
              (d.refresh_rotated_at IS NOT NULL AND d.refresh_rotated_at > now() - $2::double precision * interval '1 millisecond') AS previous_in_grace
       FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1 FOR UPDATE OF d`,
      [deviceId, graceMs],
    );
    if (!row) return { ok: false, reason: 'invalid-token' };
    const base = { deviceId, userId: row.user_id };
    // A retiring tablet keeps its session until it has sent what it has (then it wipes itself).
    if ((row.revoked_at && row.revoke_mode !== 'retire') || row.disabled_at) {
      return { ok: false, reason: 'device-revoked', ...base };
    }
    const hash = hashRefreshToken(token);
    const isCurrent = sameHash(hash, row.refresh_hash);
    const isPrevious = sameHash(hash, row.previous_refresh_hash);
    const issued = isCurrent || isPrevious || (await wasIssued(tx, deviceId, hash));
    if (!issued) return { ok: false, reason: 'invalid-token', ...base };

    if (row.refresh_revoked_at) {
      // Already revoked for reuse: every token of the family says so, until the consultant signs in again.
      return {
        ok: false,
        reason: 'refresh-token-reused',
        auditReason: 'refresh-family-revoked',
        ...base,
      };
    }
    if (!isCurrent && !(isPrevious && row.previous_in_grace)) {
      await tx.query('UPDATE devices SET refresh_revoked_at = now() WHERE id = $1', [deviceId]);
      return { ok: false, reason: 'refresh-token-reused', ...base };
    }
    if (new Date(row.refresh_expires_at as string | Date).getTime() < Date.now()) {
      return { ok: false, reason: 'token-expired', ...base };
    }

    const next = newRefreshToken(deviceId);
    await tx.query(
      `UPDATE devices SET refresh_hash = $2, previous_refresh_hash = $3, refresh_rotated_at = now(),
              refresh_expires_at = $4, last_seen_at = now()
       WHERE id = $1`,
      // After the grace use of the previous token there is no previous one: a third use is reuse.
      [deviceId, hashRefreshToken(next), isCurrent ? row.refresh_hash : null, refreshTokenExpiry()],
    );
    // Normal rotation: the one before the previous is given up. Grace use: the previous one is used up,
    // and the current one was never received by this tablet — whoever shows it later got it elsewhere.
    await retire(
      tx,
      deviceId,
      isCurrent ? [row.previous_refresh_hash] : [row.previous_refresh_hash, row.refresh_hash],
    );
    return { ok: true, refreshToken: next, ...base };
  });
};

/**
 * Signing in again on a tablet that was signed in before: when the device is this user's and not revoked
 * as lost, it gets a new token family instead of a new device, so the Yjs client ids it wrote under stay
 * its own and its offline work still syncs. Returns the new refresh token, or undefined (then a new device).
 */
export const signInOntoDevice = (
  db: Database,
  input: { deviceId: string; userId: string; name: string; model?: string },
): Promise<string | undefined> => {
  if (!UUID.test(input.deviceId)) return Promise.resolve(undefined);
  return db.transaction(async (tx) => {
    const refreshToken = newRefreshToken(input.deviceId);
    // A retiring device stays retiring: it may send what it has, then wipes itself.
    const rows = await tx.query(
      `UPDATE devices SET name = $3, model = COALESCE($4, model), refresh_hash = $5, previous_refresh_hash = NULL,
              refresh_rotated_at = now(), refresh_revoked_at = NULL, refresh_expires_at = $6, last_seen_at = now()
       WHERE id = $1 AND user_id = $2 AND (revoked_at IS NULL OR revoke_mode = 'retire') RETURNING id`,
      [
        input.deviceId,
        input.userId,
        input.name,
        input.model ?? null,
        hashRefreshToken(refreshToken),
        refreshTokenExpiry(),
      ],
    );
    if (rows.length === 0) return undefined;
    // The old family's tokens are forgotten: shown later they are merely unknown, and revoke nothing.
    await tx.query('DELETE FROM retired_refresh_tokens WHERE device_id = $1', [input.deviceId]);
    return refreshToken;
  });
};

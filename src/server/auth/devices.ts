// Devices (tablets): registration at login, revocation and status checks (refresh rotation: ./refreshFamilies.ts).
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../persistence/db';
import { hashRefreshToken, newRefreshToken, REFRESH_TOKEN_DAYS } from './tokens';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** 'retiring': revoked as retired, it may still send what it has for cases it had, then wipes itself. */
export type DeviceStatus = 'active' | 'retiring' | 'revoked' | 'unknown';

/** How a device is revoked: lost or stolen (wiped at next contact) or retired (sends what it has first). */
export type RevokeMode = 'lost' | 'retire';

/** When a refresh token issued now expires (30 days after the last use, as every use rotates it). */
export const refreshTokenExpiry = (): string =>
  new Date(Date.now() + REFRESH_TOKEN_DAYS * 24 * 3600 * 1000).toISOString();

export const registerDevice = async (
  db: Queryable,
  userId: string,
  name: string,
  model?: string,
): Promise<{ deviceId: string; refreshToken: string }> => {
  const deviceId = randomUUID();
  const refreshToken = newRefreshToken(deviceId);
  await db.query(
    `INSERT INTO devices (id, user_id, name, model, refresh_hash, refresh_expires_at, last_seen_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [deviceId, userId, name, model ?? null, hashRefreshToken(refreshToken), refreshTokenExpiry()],
  );
  return { deviceId, refreshToken };
};

/**
 * Revokes a device. A retired device may later be declared lost (its remaining work is then given up);
 * a lost one stays lost.
 */
export const revokeDevice = async (
  db: Queryable,
  deviceId: string,
  mode: RevokeMode = 'lost',
): Promise<boolean> => {
  if (!UUID.test(deviceId)) return false;
  const rows = await db.query(
    `UPDATE devices SET revoked_at = COALESCE(revoked_at, now()), revoke_mode = $2
     WHERE id = $1 AND (revoked_at IS NULL OR (revoke_mode = 'retire' AND $2 = 'lost')) RETURNING id`,
    [deviceId, mode],
  );
  return rows.length > 0;
};

/** The device synced just now (shown as "last sync" in the device list). */
export const touchDeviceSync = async (db: Queryable, deviceId: string): Promise<void> => {
  await db.query('UPDATE devices SET last_sync_at = now() WHERE id = $1', [deviceId]);
};

/** Whether a device may still be used: it exists, is not revoked and its user is not disabled. */
export const deviceStatus = async (
  db: Queryable,
  deviceId: string,
  userId: string,
): Promise<DeviceStatus> => {
  if (!UUID.test(deviceId)) return 'unknown';
  const [row] = await db.query<{
    revoked_at: unknown;
    revoke_mode: string | null;
    disabled_at: unknown;
  }>(
    'SELECT d.revoked_at, d.revoke_mode, u.disabled_at FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1 AND d.user_id = $2',
    [deviceId, userId],
  );
  if (!row) return 'unknown';
  if (row.disabled_at) return 'revoked';
  if (row.revoked_at) return row.revoke_mode === 'retire' ? 'retiring' : 'revoked';
  return 'active';
};

export interface DeviceRow {
  id: string;
  name: string;
  userId: string;
  email: string;
  model: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  lastSyncAt: string | null;
  revokedAt: string | null;
  revokeMode: RevokeMode | null;
}

const iso = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string | Date).toISOString();

export const listDevices = async (
  db: Queryable,
  organisationId: string,
  userId?: string,
): Promise<DeviceRow[]> => {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT d.id, d.name, d.model, d.user_id, u.email, d.created_at, d.last_seen_at, d.last_sync_at, d.revoked_at, d.revoke_mode
     FROM devices d JOIN users u ON u.id = d.user_id
     WHERE u.organisation_id = $1 AND ($2::uuid IS NULL OR u.id = $2::uuid) ORDER BY d.created_at`,
    [organisationId, userId ?? null],
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    userId: String(r.user_id),
    email: String(r.email),
    model: r.model === null || r.model === undefined ? null : String(r.model),
    createdAt: iso(r.created_at) ?? '',
    lastSeenAt: iso(r.last_seen_at),
    lastSyncAt: iso(r.last_sync_at),
    revokedAt: iso(r.revoked_at),
    revokeMode: r.revoked_at ? (r.revoke_mode === 'retire' ? 'retire' : 'lost') : null,
  }));
};

/** The organisation of a device's user, to check that a manager revokes only devices of their own municipality. */
export const deviceOrganisation = async (
  db: Queryable,
  deviceId: string,
): Promise<{ organisationId: string; userId: string } | undefined> => {
  if (!UUID.test(deviceId)) return undefined;
  const [row] = await db.query<{ organisation_id: string; user_id: string }>(
    'SELECT u.organisation_id, d.user_id FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1',
    [deviceId],
  );
  return row ? { organisationId: row.organisation_id, userId: row.user_id } : undefined;
};

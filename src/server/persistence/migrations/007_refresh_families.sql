-- Refresh-token families (RFC 9700 §4.14.2). A device's refresh tokens since its last sign-in are one
-- family: the previous token is accepted once within a short grace window after a rotation; any other
-- reuse of an issued token revokes the family (refresh_revoked_at) until the consultant signs in again,
-- without revoking the device (its offline work stays and syncs after the sign-in).
ALTER TABLE devices ADD COLUMN IF NOT EXISTS refresh_rotated_at timestamptz;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS refresh_revoked_at timestamptz;
-- Devices from before: their last rotation was at their last contact.
UPDATE devices SET refresh_rotated_at = last_seen_at WHERE refresh_rotated_at IS NULL;
-- Hashes of the family's retired tokens, so a genuine old token can be told from a made-up one (which
-- must not revoke anything: device ids are not secret). Kept as long as a refresh token lives.
CREATE TABLE IF NOT EXISTS retired_refresh_tokens (
  token_hash text PRIMARY KEY,
  device_id uuid NOT NULL,
  retired_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS retired_refresh_tokens_device ON retired_refresh_tokens (device_id, retired_at);

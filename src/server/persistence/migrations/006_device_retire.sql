-- Devices carry their model and the time of their last sync; a revocation says how: 'lost' (wipe at the
-- next contact, unsent work is lost) or 'retire' (it may still send what it has for its cases, then wipes).
ALTER TABLE devices ADD COLUMN IF NOT EXISTS model text;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS last_sync_at timestamptz;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS revoke_mode text;
CREATE INDEX IF NOT EXISTS devices_revoked_at ON devices (revoked_at);

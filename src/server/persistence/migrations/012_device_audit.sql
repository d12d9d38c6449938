-- The tablets' own audit entries (case created, opened, exported, wiped on the tablet), sent by each tablet in
-- batches. The tablet's sequence number makes an entry unique per device, so a batch sent twice is stored once.
-- Like audit_log: no dossier content, a case id and a short code at most.
CREATE TABLE IF NOT EXISTS device_audit (
  id bigserial PRIMARY KEY,
  device_id uuid NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL,
  local_id bigint NOT NULL,
  at timestamptz NOT NULL,
  action text NOT NULL,
  case_id text,
  detail text,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, local_id)
);
CREATE INDEX IF NOT EXISTS device_audit_org ON device_audit (organisation_id, at, id);
CREATE INDEX IF NOT EXISTS device_audit_case ON device_audit (case_id, at);

-- The back office reads the municipality's log newest first by time (server and tablet entries together).
CREATE INDEX IF NOT EXISTS audit_log_org_at ON audit_log (organisation_id, at, id);

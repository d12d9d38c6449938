-- Initial schema: accounts, devices, case documents (state + append-only update log), audit log, case projection.

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('consultant', 'teamleider', 'beheerder')),
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  name text NOT NULL,
  refresh_hash text NOT NULL,
  previous_refresh_hash text,
  refresh_expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_user ON devices (user_id);

-- Compacted state of each Yjs document; organisation_id is the municipality that owns the case.
CREATE TABLE documents (
  name text PRIMARY KEY,
  organisation_id uuid REFERENCES organisations(id),
  state bytea NOT NULL DEFAULT ''::bytea,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every accepted update, appended before it is acknowledged; merged into documents.state by compaction.
CREATE TABLE document_updates (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  update bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_updates_name ON document_updates (name, id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  organisation_id uuid,
  user_id uuid,
  device_id uuid,
  action text NOT NULL,
  target text,
  outcome text NOT NULL CHECK (outcome IN ('ok', 'refused')),
  reason text,
  ip text
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Rows the back office queries, derived from each case document when it is stored.
CREATE TABLE case_projection (
  name text PRIMARY KEY,
  organisation_id uuid,
  case_id text NOT NULL,
  display_name text NOT NULL,
  language text NOT NULL,
  conversation_count integer NOT NULL,
  answer_count integer NOT NULL,
  last_conversation_type text,
  pip_deadline text,
  created_at text,
  updated_at timestamptz NOT NULL
);
CREATE INDEX case_projection_org ON case_projection (organisation_id, updated_at);

-- Server-wide settings such as the generated token signing secret.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

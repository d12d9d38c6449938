-- AVG: tombstones of cases deleted on request (no personal data), and indexes for reading the audit log per municipality and per case.

-- A deleted case leaves only this row: its document name, municipality, when, by whom and a reason code.
-- Sync refuses the name from then on, so a tablet that still holds the case cannot upload it again.
CREATE TABLE case_tombstones (
  name text PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  deleted_at timestamptz NOT NULL DEFAULT now(),
  deleted_by uuid NOT NULL,
  reason text NOT NULL
);
CREATE INDEX case_tombstones_org ON case_tombstones (organisation_id, deleted_at);

CREATE INDEX audit_log_org ON audit_log (organisation_id, id);
CREATE INDEX audit_log_target ON audit_log (target, id);

-- Municipality content media: prompts recorded by tolken/sleutelpersonen and photos of the municipality.
-- Not case data: every tablet of the organisation downloads them. The newest row per (kind, key, language) counts;
-- older rows stay as history until removed, deleted_at hides a removed one.

CREATE TABLE content_media (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('prompt', 'photo')),
  key text NOT NULL,
  language text NOT NULL DEFAULT '',
  mime text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  created_by uuid REFERENCES users(id),
  deleted_at timestamptz
);
CREATE INDEX content_media_slot ON content_media (organisation_id, kind, key, language, created_at);

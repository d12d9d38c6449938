-- The municipality's own content, versioned: translations of its own (a tolk's suggestion accepted, a translator's
-- import), texts and legal figures it checked, local partners, and review marks of a string or a whole locale.
-- Append-only: the newest row per (organisation, kind, key, language) counts; value NULL takes an entry back.
CREATE TABLE municipal_content (
  seq bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('text', 'fact', 'partner', 'locale-review')),
  key text NOT NULL,
  language text NOT NULL DEFAULT '',
  value jsonb,
  reviewed_by text,
  reviewed_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX municipal_content_slot ON municipal_content (organisation_id, kind, key, language, seq);

-- The tolken's flags on translations, per case (projection of the document's translationFlags).
CREATE TABLE case_translation_flags (
  name text NOT NULL REFERENCES case_projection (name) ON DELETE CASCADE,
  flag_id text NOT NULL,
  text_key text NOT NULL,
  language text NOT NULL,
  shown_text text NOT NULL,
  suggestion text NOT NULL DEFAULT '',
  at timestamptz NOT NULL,
  PRIMARY KEY (name, flag_id)
);
CREATE INDEX case_translation_flags_key ON case_translation_flags (text_key, language);

-- The back office joins a municipality's documents (caseload, figures): find them without reading every row.
CREATE INDEX documents_organisation ON documents (organisation_id);

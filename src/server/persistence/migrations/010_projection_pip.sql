-- The back office reads cases from rows, never from documents: the PIP (route, versions, term), the registration
-- date, the languages spoken, and per case the answer flags, the ratings and the teach-backs.
ALTER TABLE case_projection ADD COLUMN registration_date date;
ALTER TABLE case_projection ADD COLUMN leerroute text;
ALTER TABLE case_projection ADD COLUMN pip_version_count integer NOT NULL DEFAULT 0;
ALTER TABLE case_projection ADD COLUMN pip_vastgesteld_at timestamptz;
ALTER TABLE case_projection ADD COLUMN pip_latest_version_at timestamptz;
ALTER TABLE case_projection ADD COLUMN termijn_end timestamptz;
ALTER TABLE case_projection ADD COLUMN first_conversation_at timestamptz;
ALTER TABLE case_projection ADD COLUMN languages text[] NOT NULL DEFAULT '{}';
ALTER TABLE case_projection ADD COLUMN conflict_count integer NOT NULL DEFAULT 0;
CREATE INDEX case_projection_deadline ON case_projection (organisation_id, pip_vastgesteld_at, pip_deadline);

CREATE TABLE case_answer_flags (
  name text NOT NULL REFERENCES case_projection (name) ON DELETE CASCADE,
  question_id text NOT NULL,
  language text NOT NULL,
  flag text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (name, question_id, language, flag)
);
CREATE INDEX case_answer_flags_question ON case_answer_flags (question_id, language);

CREATE TABLE case_feedback (
  name text NOT NULL REFERENCES case_projection (name) ON DELETE CASCADE,
  conversation_id text NOT NULL,
  language text NOT NULL,
  clear text,
  respectful text,
  length text,
  at timestamptz NOT NULL,
  PRIMARY KEY (name, conversation_id)
);

CREATE TABLE case_teachback (
  name text NOT NULL REFERENCES case_projection (name) ON DELETE CASCADE,
  record_id text NOT NULL,
  card_id text NOT NULL,
  language text NOT NULL,
  understood boolean NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (name, record_id)
);
CREATE INDEX case_teachback_card ON case_teachback (card_id, language);

-- Large updates and compacted states are stored in parts of at most 512 kB, each written by its own statement,
-- so one tablet's large upload never holds the database for the acknowledgements of others. A row refers to its
-- parts by part_set (its own bytea column is then empty); state_version lets a compaction see it raced another.
CREATE TABLE document_parts (
  part_set uuid NOT NULL,
  seq integer NOT NULL,
  name text NOT NULL,
  bytes bytea NOT NULL,
  last boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (part_set, seq)
);
CREATE INDEX document_parts_name ON document_parts (name);
ALTER TABLE document_updates ADD COLUMN part_set uuid;
ALTER TABLE documents ADD COLUMN state_part_set uuid;
ALTER TABLE documents ADD COLUMN state_version integer NOT NULL DEFAULT 0;
CREATE INDEX document_updates_part_set ON document_updates (part_set) WHERE part_set IS NOT NULL;

-- Refusals before login are written once per address, action and reason per minute, with how many there were.
ALTER TABLE audit_log ADD COLUMN count integer NOT NULL DEFAULT 1;

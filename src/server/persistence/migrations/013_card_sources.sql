-- The municipality also checks the source of each explanation card (title, article, link, date checked).
ALTER TABLE municipal_content DROP CONSTRAINT municipal_content_kind_check;
ALTER TABLE municipal_content ADD CONSTRAINT municipal_content_kind_check
  CHECK (kind IN ('text', 'fact', 'partner', 'locale-review', 'source'));

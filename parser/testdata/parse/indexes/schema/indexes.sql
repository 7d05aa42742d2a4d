CREATE TABLE docs (id int PRIMARY KEY, title text, body text, lang text, tsv tsvector, created timestamptz);
CREATE INDEX docs_title_idx ON docs (title);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS docs_lower_title ON docs USING btree (lower(title) text_pattern_ops);
CREATE INDEX ON docs USING gin (tsv);
CREATE INDEX ON docs (created DESC NULLS LAST, id) INCLUDE (lang) WHERE lang IS NOT NULL;
-- unnamed with the same columns: PostgreSQL adds a number
CREATE INDEX ON docs (title);
CREATE INDEX ON docs ((title || body), (lang::text), id, id);
CREATE INDEX ON ONLY docs (title COLLATE "C");
CREATE INDEX IF NOT EXISTS docs_title_idx ON docs (body);
COMMENT ON INDEX docs_lower_title IS 'case-insensitive lookups';

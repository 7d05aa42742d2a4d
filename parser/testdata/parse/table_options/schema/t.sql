-- A child written before its parents.
CREATE TABLE app.special_events (priority int) INHERITS (app.events, app."Tagged");
CREATE INDEX ON app.special_events (created_at, tag);
CREATE TABLE app.events (id bigint, created_at timestamptz, payload jsonb COMPRESSION pglz, note text)
    WITH (fillfactor = 70, toast.autovacuum_enabled = false, autovacuum_enabled);
CREATE TABLE app."Tagged" (tag text);
ALTER TABLE app.events SET (fillfactor = 80, parallel_workers = 2);
ALTER TABLE app.events RESET (autovacuum_enabled);
ALTER TABLE app.events ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE app.events ALTER COLUMN created_at SET STORAGE PLAIN, ALTER COLUMN note SET COMPRESSION pglz;
CREATE SCHEMA app;

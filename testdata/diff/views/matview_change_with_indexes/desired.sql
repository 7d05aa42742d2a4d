-- a materialized view's query changes (no OR REPLACE exists: drop and create, its indexes and the view over it recreated); another keeps its query but gains and loses indexes
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL, payload jsonb);
CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events WHERE payload IS NOT NULL GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);
CREATE INDEX event_counts_n ON event_counts (n);
CREATE MATERIALIZED VIEW recent_kinds AS SELECT DISTINCT kind FROM events WHERE at > '2024-01-01';
CREATE UNIQUE INDEX recent_kinds_key ON recent_kinds (kind);
CREATE VIEW busy_kinds AS SELECT kind FROM event_counts WHERE n > 10;

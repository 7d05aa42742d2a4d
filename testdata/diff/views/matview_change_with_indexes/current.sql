CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL, payload jsonb);
CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);
CREATE INDEX event_counts_n ON event_counts (n);
CREATE MATERIALIZED VIEW recent_kinds AS SELECT DISTINCT kind FROM events WHERE at > '2024-01-01';
CREATE INDEX recent_kinds_kind ON recent_kinds (kind);
CREATE VIEW busy_kinds AS SELECT kind FROM event_counts WHERE n > 10;

-- Partitions made apart and attached vs PARTITION OF; bounds spelled as timestamps;
-- a partition's index made by hand under the name PostgreSQL would give it.
CREATE TABLE events (id int8 NOT NULL, at timestamp with time zone NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2026 (id bigint NOT NULL, at timestamptz NOT NULL, kind text);
CREATE INDEX events_2026_at_idx ON events_2026 USING btree (at);
ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE INDEX events_at_idx ON events (at);
CREATE TABLE regions (code text NOT NULL) PARTITION BY LIST (code);
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('de', 'fr');

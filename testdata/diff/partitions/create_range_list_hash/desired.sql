CREATE TABLE keep (id int);

CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    happened_at timestamptz NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_old PARTITION OF events DEFAULT;
CREATE INDEX events_kind_idx ON events (kind);

CREATE TABLE regions (code text NOT NULL, name text) PARTITION BY LIST (code);
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE regions_us PARTITION OF regions FOR VALUES IN ('us');

CREATE TABLE buckets (id int NOT NULL, payload jsonb) PARTITION BY HASH (id);
CREATE TABLE buckets_0 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE buckets_1 PARTITION OF buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);

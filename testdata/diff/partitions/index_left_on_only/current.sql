CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at date NOT NULL
) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');

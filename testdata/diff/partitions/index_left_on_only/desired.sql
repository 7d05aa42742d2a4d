-- A partitioned index declared ON ONLY, with one partition's index attached: the
-- desired state is an index that is still invalid, and the plan builds exactly that.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at date NOT NULL
) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');

CREATE INDEX events_at ON ONLY events (at);
CREATE INDEX events_a_at ON events_a (at);
ALTER INDEX events_at ATTACH PARTITION events_a_at;

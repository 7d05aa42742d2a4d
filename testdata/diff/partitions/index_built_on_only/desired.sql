-- The same index finished: the last partition's index attached. The plan attaches it;
-- it must not drop and rebuild the parent's index (which would drop every partition's).
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at date NOT NULL
) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
CREATE TABLE "Events_C" PARTITION OF events FOR VALUES IN ('c');

CREATE INDEX "Events_At" ON ONLY events (at);
CREATE INDEX events_a_at_part ON events_a (at);
ALTER INDEX "Events_At" ATTACH PARTITION events_a_at_part;
CREATE INDEX events_b_at_part ON events_b (at);
ALTER INDEX "Events_At" ATTACH PARTITION events_b_at_part;
CREATE INDEX "Events_C_At_Part" ON "Events_C" (at);
ALTER INDEX "Events_At" ATTACH PARTITION "Events_C_At_Part";

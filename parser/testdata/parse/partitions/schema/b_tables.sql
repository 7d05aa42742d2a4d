CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Events" (
    "Id" bigint NOT NULL,
    "Created At" date NOT NULL,
    "Payload" text,
    PRIMARY KEY ("Id", "Created At")
) PARTITION BY RANGE ("Created At");
CREATE TABLE regions (id int, code text, name text, PRIMARY KEY (code, id)) PARTITION BY LIST (code);
CREATE TABLE by_expr (a int, b text) PARTITION BY LIST (lower(b));
CREATE TABLE by_exprs (a int, b text) PARTITION BY RANGE ((a + 1), b COLLATE "C" text_pattern_ops);

-- An existing table attached as a partition.
CREATE TABLE regions_asia (id int NOT NULL, code text NOT NULL, name text NOT NULL DEFAULT '?');
ALTER TABLE regions ATTACH PARTITION regions_asia FOR VALUES IN ('jp', 'cn');

-- Indexes of partitioned tables; ON ONLY and ALTER INDEX ... ATTACH PARTITION.
CREATE INDEX "Events_Payload_idx" ON "Sales"."Events" ("Payload");
CREATE INDEX "Regions Name" ON ONLY regions (name);
CREATE INDEX regions_eu_name ON regions_eu (name);
ALTER INDEX "Regions Name" ATTACH PARTITION regions_eu_name;

-- Foreign keys to and from partitioned tables.
CREATE TABLE "Event Notes" (
    event_id bigint,
    created date,
    FOREIGN KEY (event_id, created) REFERENCES "Sales"."Events"
);
CREATE TABLE region_refs (
    code text,
    id int,
    FOREIGN KEY (code, id) REFERENCES regions
) PARTITION BY LIST (code);

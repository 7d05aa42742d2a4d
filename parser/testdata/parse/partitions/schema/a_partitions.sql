-- Partitions come before their parents in file order: each must load after its parent.
CREATE TABLE "Sales"."Events 2024" PARTITION OF "Sales"."Events"
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Sales"."Events old" PARTITION OF "Sales"."Events" (
    "Payload" WITH OPTIONS NOT NULL,
    CONSTRAINT "Old Check" CHECK ("Payload" <> '')
) FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE "Sales"."Events rest" PARTITION OF "Sales"."Events" DEFAULT;
CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('de', 'fr', 'ünï');
-- A partition that is partitioned itself, by a column of its parent's.
CREATE TABLE "Regions Other" PARTITION OF regions (
    code DEFAULT 'xx'
) FOR VALUES IN ('us', NULL) PARTITION BY HASH (id);
CREATE TABLE "Regions Other 0" PARTITION OF "Regions Other" FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE "Regions Other 1" PARTITION OF "Regions Other" FOR VALUES WITH (modulus 2, remainder 1);
CREATE TABLE by_expr_a PARTITION OF by_expr (a PRIMARY KEY) FOR VALUES IN ('a');
-- A key of its own: the partition now declares column a (NOT NULL).
CREATE TABLE by_expr_b PARTITION OF by_expr (PRIMARY KEY (a)) FOR VALUES IN ('b');
ALTER TABLE by_expr_b ALTER COLUMN b SET DEFAULT 'b';
COMMENT ON COLUMN by_expr_b.b IS 'always b';

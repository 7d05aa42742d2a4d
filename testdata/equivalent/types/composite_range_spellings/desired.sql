-- composite attribute types and range options spelled with aliases and different case; the multirange name PostgreSQL would generate, spelled out
CREATE TYPE Pair AS (A int4, b varchar(10), c float8, d timestamptz);
CREATE TYPE intr AS RANGE (SUBTYPE = int4, MULTIRANGE_TYPE_NAME = intr_multirange);
CREATE TYPE floatr AS RANGE (Subtype = float8, Subtype_Diff = pg_catalog.float8mi);

CREATE TYPE pair AS (a integer, b character varying(10), c double precision, d timestamp with time zone);
CREATE TYPE intr AS RANGE (subtype = integer);
CREATE TYPE floatr AS RANGE (subtype = double precision, subtype_diff = float8mi);

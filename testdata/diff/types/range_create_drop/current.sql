CREATE TYPE old_range AS RANGE (subtype = integer);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE measurements (id integer PRIMARY KEY, span floatrange);

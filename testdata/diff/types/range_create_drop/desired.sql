-- range types: one dropped, one created with a multirange name and used by a table with an exclusion constraint, one kept
CREATE EXTENSION btree_gist;
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE timerange AS RANGE (subtype = time, multirange_type_name = timemultirange);
CREATE TABLE measurements (id integer PRIMARY KEY, span floatrange);
CREATE TABLE bookings (room integer NOT NULL, during timerange NOT NULL, EXCLUDE USING gist (room WITH =, during WITH &&));

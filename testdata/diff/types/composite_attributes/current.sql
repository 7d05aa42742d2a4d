CREATE TYPE address AS (street text, city text, zip integer, country text);
CREATE TYPE geo AS (lat real, lon real);
CREATE TABLE shops (id integer PRIMARY KEY, loc geo);

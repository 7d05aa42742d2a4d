-- composite attributes: added at the end, dropped, type changed (ALTER TYPE ADD/DROP/ALTER ATTRIBUTE) on an unused type; an attribute added to a type a table column uses
CREATE TYPE address AS (street text, zip varchar(10), country text, region text);
CREATE TYPE geo AS (lat real, lon real, alt real);
CREATE TABLE shops (id integer PRIMARY KEY, loc geo);

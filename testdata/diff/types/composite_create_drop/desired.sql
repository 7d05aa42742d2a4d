-- composite types: one created and used by a table and a function, one dropped with the function using it, one kept; a comment on the new type
CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3));
CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE shops (id integer PRIMARY KEY, addr address, revenue money_amount);
CREATE FUNCTION city_of(a address) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (a).city $$;
COMMENT ON TYPE address IS 'postal address';

CREATE TYPE address AS (street text, city text, zip varchar(10));
COMMENT ON COLUMN address.city IS 'town';

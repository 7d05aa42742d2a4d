-- comments on attributes of a composite type (COMMENT ON COLUMN type.attribute): one added, one changed
CREATE TYPE address AS (street text, city text, zip varchar(10));
COMMENT ON COLUMN address.city IS 'city or town';
COMMENT ON COLUMN address.zip IS 'postal code';

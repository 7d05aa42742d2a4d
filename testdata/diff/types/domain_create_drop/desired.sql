-- domains created (one in a new schema, one used by a new column, one with a collation) and one dropped
CREATE SCHEMA types;
CREATE DOMAIN kept_email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN types.positive_int AS integer CONSTRAINT positive CHECK (VALUE > 0);
CREATE DOMAIN name_c AS text COLLATE "C";
CREATE TABLE users (id integer PRIMARY KEY, email kept_email, age types.positive_int, login name_c);
COMMENT ON DOMAIN types.positive_int IS 'strictly positive';

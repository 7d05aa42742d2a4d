-- extension created in its own schema, with a comment
CREATE SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
COMMENT ON EXTENSION hstore IS 'key/value pairs for product attributes';
CREATE TABLE products (id integer PRIMARY KEY, attrs ext.hstore);

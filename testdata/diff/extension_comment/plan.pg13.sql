SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE EXTENSION IF NOT EXISTS hstore SCHEMA ext VERSION '1.7';

CREATE TABLE public.products (
    id integer NOT NULL,
    attrs ext.hstore,
    CONSTRAINT products_pkey PRIMARY KEY (id)
);

COMMENT ON EXTENSION hstore IS 'key/value pairs for product attributes';


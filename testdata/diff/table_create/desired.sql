-- create a table with several column types, defaults, and constraints
CREATE TABLE existing (id integer PRIMARY KEY);
CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    name text NOT NULL,
    price numeric(10,2) NOT NULL DEFAULT 0 CHECK (price >= 0),
    tags text[] NOT NULL DEFAULT '{}',
    attrs jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    active boolean DEFAULT true
);

-- add, drop and change check constraints (column and table level)
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric CONSTRAINT products_price_check CHECK (price >= 0 AND price < 1000000),
    qty integer,
    lo integer, hi integer,
    CONSTRAINT products_range_check CHECK (lo <= hi) NO INHERIT
);

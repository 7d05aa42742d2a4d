CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric CONSTRAINT products_price_check CHECK (price > 0),
    qty integer CHECK (qty >= 0),
    lo integer, hi integer
);

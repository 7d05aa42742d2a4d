CREATE TABLE products (id integer, price numeric(10,2) CONSTRAINT products_price_check CHECK (price > 0));

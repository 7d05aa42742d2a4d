CREATE TABLE products (id integer PRIMARY KEY, price_cents integer NOT NULL);
CREATE FUNCTION price_of(p products) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT p.price_cents / 100 $$;
CREATE VIEW product_prices AS SELECT p.id, price_of(p) AS price FROM products p;
CREATE VIEW expensive AS SELECT id FROM product_prices WHERE price > 100;
CREATE FUNCTION unused_kind() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;

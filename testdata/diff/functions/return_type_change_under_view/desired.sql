-- return types change: one function used by a view (with a view over it) must be dropped and recreated with its views around it; another becomes a set-returning function
CREATE TABLE products (id integer PRIMARY KEY, price_cents integer NOT NULL);
CREATE FUNCTION price_of(p products) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT p.price_cents / 100.0 $$;
CREATE VIEW product_prices AS SELECT p.id, price_of(p) AS price FROM products p;
CREATE VIEW expensive AS SELECT id FROM product_prices WHERE price > 100;
CREATE FUNCTION unused_kind() RETURNS SETOF integer LANGUAGE sql AS $$ SELECT 1 $$;

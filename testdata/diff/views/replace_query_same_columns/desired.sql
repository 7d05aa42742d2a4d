-- the query of a view changes but its columns (names, types, order) stay: CREATE OR REPLACE VIEW, the view over it untouched
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, archived boolean NOT NULL DEFAULT false);
CREATE VIEW live_items AS SELECT id, upper(name) AS name, price * 2 AS price FROM items WHERE NOT archived AND price > 0;
CREATE VIEW item_names AS SELECT id, name FROM live_items;

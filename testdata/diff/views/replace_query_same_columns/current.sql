CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, archived boolean NOT NULL DEFAULT false);
CREATE VIEW live_items AS SELECT id, name, price FROM items WHERE NOT archived;
CREATE VIEW item_names AS SELECT id, name FROM live_items;

CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL);
CREATE VIEW old_big_orders AS SELECT id, total FROM orders WHERE total > 1000;
CREATE VIEW customers AS SELECT DISTINCT customer FROM orders;

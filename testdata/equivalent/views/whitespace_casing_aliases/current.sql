CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL, status text);
CREATE VIEW big_orders AS SELECT o.id, o.customer, o.total AS amount, count(*) OVER () AS n FROM orders o WHERE o.total > 1000 AND o.status IN ('open', 'paid') ORDER BY o.id;

-- a materialized view declared WITH NO DATA is created unpopulated, its index too
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE MATERIALIZED VIEW order_totals AS SELECT count(*) AS n, sum(total) AS total FROM orders WITH NO DATA;
CREATE UNIQUE INDEX order_totals_n ON order_totals (n);

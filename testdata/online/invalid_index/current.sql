CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX orders_customer_idx ON orders (customer_id);
INSERT INTO orders SELECT g, g % 100 FROM generate_series(1, 2000) g;
-- What a failed CREATE INDEX CONCURRENTLY leaves behind.
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_customer_idx'::regclass;

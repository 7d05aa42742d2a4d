CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);
CREATE INDEX orders_customer_idx ON orders (customer_id);
COMMENT ON INDEX orders_customer_idx IS 'by customer';
INSERT INTO orders SELECT g, g % 100, now() FROM generate_series(1, 2000) g;

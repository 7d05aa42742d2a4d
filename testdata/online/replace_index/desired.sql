CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at);
COMMENT ON INDEX orders_customer_idx IS 'by customer, newest first';

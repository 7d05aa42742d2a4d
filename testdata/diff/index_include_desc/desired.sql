-- covering index with INCLUDE, and DESC NULLS LAST ordering
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, placed_at timestamptz, total numeric);
CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total, placed_at);
CREATE INDEX orders_recent_idx ON orders (placed_at DESC NULLS LAST, id ASC NULLS FIRST);
CREATE INDEX orders_total_c_idx ON orders (customer_id, total DESC);

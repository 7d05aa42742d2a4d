CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX orders_customer_idx ON orders (customer_id);

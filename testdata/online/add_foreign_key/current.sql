CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
INSERT INTO customers SELECT generate_series(1, 100);
INSERT INTO orders SELECT g, g % 100 + 1 FROM generate_series(1, 2000) g;

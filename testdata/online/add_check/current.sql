CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
INSERT INTO orders SELECT g, g % 100 FROM generate_series(1, 2000) g;

CREATE TABLE orders (id serial, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu (id serial, region text NOT NULL);

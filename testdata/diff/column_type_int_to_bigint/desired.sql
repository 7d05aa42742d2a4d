-- widen integer columns to bigint, including a primary key and a referencing foreign key
CREATE TABLE orders (id bigint PRIMARY KEY, qty bigint NOT NULL);
CREATE TABLE shipments (id integer PRIMARY KEY, order_id bigint REFERENCES orders (id));

CREATE TABLE orders (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE TABLE shipments (id integer PRIMARY KEY, order_id integer REFERENCES orders (id));

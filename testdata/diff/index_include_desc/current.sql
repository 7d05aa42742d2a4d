CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, placed_at timestamptz, total numeric);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(10, 2) NOT NULL
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);

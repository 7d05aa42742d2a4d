-- The state testdata/drift/migrations builds, declared: spelled differently on
-- purpose (int8, inline index order), which is not drift.
CREATE TABLE orders (
    id          int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id int8 NOT NULL REFERENCES customers (id),
    total_cents int NOT NULL DEFAULT 0
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
COMMENT ON TABLE orders IS 'One row per order.';

CREATE TABLE customers (
    id    int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE
);

CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS total_cents FROM orders GROUP BY customer_id;

CREATE FUNCTION order_count(customer bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = customer $$;

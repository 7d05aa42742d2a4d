-- What a hurried operator did to the database, by hand.
ALTER TABLE customers ADD COLUMN phone text;
CREATE INDEX orders_total_cents_idx ON orders (total_cents);
GRANT SELECT ON orders TO drift_reader;
DROP VIEW order_totals;
CREATE OR REPLACE FUNCTION order_count(customer bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = customer AND total_cents > 0 $$;

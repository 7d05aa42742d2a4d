CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS total_cents FROM orders GROUP BY customer_id;

CREATE FUNCTION order_count(customer bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = customer $$;

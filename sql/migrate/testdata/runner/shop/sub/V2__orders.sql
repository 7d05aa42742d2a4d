CREATE TABLE orders (
    id      bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    note    text DEFAULT 'ünïcödé'
);
CREATE FUNCTION order_count(u bigint) RETURNS bigint
LANGUAGE sql STABLE
AS $$ SELECT count(*) FROM orders WHERE user_id = u; $$;

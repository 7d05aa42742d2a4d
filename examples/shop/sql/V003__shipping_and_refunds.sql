-- Track shipping, allow refunds, and replace the customer index by one that
-- also serves "latest orders of a customer".
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'shipped';

ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
ALTER TABLE orders ADD CONSTRAINT orders_shipped_after_placed
    CHECK (shipped_at IS NULL OR shipped_at >= placed_at);

DROP INDEX orders_customer_id_idx;
CREATE INDEX orders_customer_id_placed_at_idx ON orders (customer_id, placed_at DESC);
CREATE INDEX orders_unshipped_idx ON orders (placed_at) WHERE status = 'paid';

CREATE INDEX products_active_name_idx ON products (lower(name)) WHERE status = 'active';

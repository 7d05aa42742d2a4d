COMMENT ON TABLE orders IS 'One row per order.';

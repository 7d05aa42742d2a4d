-- Product reviews (not yet in sql/: the pending change).
CREATE TABLE reviews (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reviews_one_per_customer UNIQUE (product_id, customer_id)
);

CREATE INDEX reviews_product_id_created_at_idx ON reviews (product_id, created_at DESC);

COMMENT ON TABLE reviews IS 'One review per customer and product, rated 1 to 5.';

CREATE INDEX items_sku ON app.items (sku);
ALTER TABLE app.items ADD CONSTRAINT items_order FOREIGN KEY (order_id) REFERENCES app.orders (id);

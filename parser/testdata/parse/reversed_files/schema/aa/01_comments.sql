COMMENT ON COLUMN app.items.sku IS 'stock keeping unit';

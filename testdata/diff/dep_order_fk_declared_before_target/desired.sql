-- referencing table declared before its target, FK added afterwards by ALTER TABLE
CREATE TABLE unrelated (id integer);
CREATE TABLE line_items (id integer PRIMARY KEY, invoice_id integer NOT NULL, product_id integer);
CREATE TABLE invoices (id integer PRIMARY KEY);
CREATE TABLE b_products (id integer PRIMARY KEY);
ALTER TABLE line_items ADD CONSTRAINT line_items_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoices (id);
ALTER TABLE line_items ADD CONSTRAINT line_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES b_products (id);

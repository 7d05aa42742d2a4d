-- part of: desired state split over several files; the index and FK files sort before the tables they need
CREATE TABLE shop.orders (id integer PRIMARY KEY, customer_id integer NOT NULL, status shop.status NOT NULL DEFAULT 'new');
CREATE TABLE shop.customers (id integer PRIMARY KEY, email text NOT NULL);
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id);

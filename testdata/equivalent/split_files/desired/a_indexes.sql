-- desired state split over several files; the index and FK files sort before the tables they need
CREATE INDEX orders_customer_id_idx ON shop.orders (customer_id);
CREATE UNIQUE INDEX customers_email_idx ON shop.customers (lower(email));

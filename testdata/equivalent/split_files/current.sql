CREATE SCHEMA shop;
CREATE TYPE shop.status AS ENUM ('new', 'paid');
CREATE TABLE shop.customers (id integer PRIMARY KEY, email text NOT NULL);
CREATE TABLE shop.orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES shop.customers (id), status shop.status NOT NULL DEFAULT 'new');
CREATE INDEX orders_customer_id_idx ON shop.orders (customer_id);
CREATE UNIQUE INDEX customers_email_idx ON shop.customers (lower(email));

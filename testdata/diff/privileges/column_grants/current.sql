CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text, card_number text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers, amount numeric NOT NULL);
GRANT SELECT (id, name) ON customers TO pgs_priv_ro;
GRANT UPDATE (email) ON customers TO pgs_priv_app;
GRANT SELECT (card_number) ON customers TO pgs_priv_admin;

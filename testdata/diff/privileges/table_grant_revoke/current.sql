CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text, card_number text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers, amount numeric NOT NULL);
GRANT SELECT ON customers TO pgs_priv_ro;
GRANT SELECT, INSERT, UPDATE, DELETE ON invoices TO pgs_priv_app;
GRANT TRUNCATE ON invoices TO pgs_priv_ro;

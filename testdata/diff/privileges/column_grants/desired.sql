-- column privileges: columns added to and removed from a grant, a column grant revoked, a new column grant alongside a table grant
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text, card_number text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers, amount numeric NOT NULL);
GRANT SELECT (id, name, email) ON customers TO pgs_priv_ro;
GRANT UPDATE (name) ON customers TO pgs_priv_app;
GRANT INSERT (id, name), REFERENCES (id) ON customers TO pgs_priv_app;
GRANT SELECT ON invoices TO pgs_priv_ro;
GRANT UPDATE (amount) ON invoices TO pgs_priv_ro;

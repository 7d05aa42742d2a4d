-- table privileges granted and revoked: a privilege added to a grantee, one removed, a grantee removed entirely, a new grantee, a grant to PUBLIC
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text, card_number text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers, amount numeric NOT NULL);
GRANT SELECT, REFERENCES ON customers TO pgs_priv_ro;
GRANT SELECT, INSERT, UPDATE ON invoices TO pgs_priv_app;
GRANT SELECT, TRIGGER ON invoices TO pgs_priv_admin;
GRANT SELECT ON invoices TO PUBLIC;

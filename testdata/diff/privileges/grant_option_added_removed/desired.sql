-- WITH GRANT OPTION added (table, function, column) and removed (table, schema) while the privilege itself stays
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text, card_number text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers, amount numeric NOT NULL);
CREATE SCHEMA api;
CREATE FUNCTION api.ping() RETURNS text LANGUAGE sql AS $$ SELECT 'pong' $$;
GRANT SELECT ON customers TO pgs_priv_admin;
GRANT SELECT ON invoices TO pgs_priv_app WITH GRANT OPTION;
GRANT INSERT ON invoices TO pgs_priv_app;
GRANT UPDATE (email) ON customers TO pgs_priv_ro WITH GRANT OPTION;
GRANT USAGE ON SCHEMA api TO pgs_priv_app;
GRANT EXECUTE ON FUNCTION api.ping() TO pgs_priv_app WITH GRANT OPTION;

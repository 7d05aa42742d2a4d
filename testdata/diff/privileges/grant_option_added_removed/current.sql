CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text, card_number text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers, amount numeric NOT NULL);
CREATE SCHEMA api;
CREATE FUNCTION api.ping() RETURNS text LANGUAGE sql AS $$ SELECT 'pong' $$;
GRANT SELECT ON customers TO pgs_priv_admin WITH GRANT OPTION;
GRANT SELECT, INSERT ON invoices TO pgs_priv_app;
GRANT USAGE ON SCHEMA api TO pgs_priv_app WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION api.ping() TO pgs_priv_app;

-- objects the plan creates get the current default privileges first (the plan changes default privileges last): what they should not have is revoked, what the defaults took away is granted
CREATE SCHEMA app;
CREATE TABLE app.items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
GRANT SELECT ON app.items TO pgs_dp_app;
CREATE VIEW app.names AS SELECT name FROM app.items;
CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
CREATE SEQUENCE app.tickets;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgs_dp_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO pgs_dp_app;
ALTER DEFAULT PRIVILEGES GRANT INSERT ON TABLES TO pgs_dp_app;

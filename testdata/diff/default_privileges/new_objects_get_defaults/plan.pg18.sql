SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SEQUENCE app.tickets;

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION app.answer()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 42 $function$;

CREATE TABLE app.items (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    name text,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);

CREATE VIEW app.names (name) AS
SELECT name
   FROM app.items;

GRANT EXECUTE ON ROUTINE app.answer() TO PUBLIC;

REVOKE SELECT ON TABLE app.items FROM pgs_dp_ro;

GRANT SELECT ON TABLE app.items TO pgs_dp_app;

REVOKE USAGE ON SEQUENCE app.items_id_seq FROM pgs_dp_app;

REVOKE SELECT ON TABLE app.names FROM pgs_dp_ro;

REVOKE USAGE ON SEQUENCE app.tickets FROM pgs_dp_app;

ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

ALTER DEFAULT PRIVILEGES GRANT INSERT ON TABLES TO pgs_dp_app;


CREATE SCHEMA app;
ALTER SCHEMA app OWNER TO pgs_own_a;
CREATE TABLE app.t (id serial PRIMARY KEY);
ALTER TABLE app.t OWNER TO pgs_own_a;
CREATE FUNCTION app.f(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
ALTER ROUTINE app.f(integer) OWNER TO pgs_own_a;
CREATE TYPE app.e AS ENUM ('x');
CREATE VIEW app.v AS SELECT 1 AS one;

-- CREATE SCHEMA AUTHORIZATION vs ALTER SCHEMA OWNER TO; ALTER TABLE OWNER TO vs ALTER TABLE ... OWNER TO spelled on its serial's table only; ALTER FUNCTION vs ALTER ROUTINE; no owner written = the connecting role
CREATE SCHEMA app AUTHORIZATION pgs_own_a;
CREATE TABLE app.t (id serial PRIMARY KEY);
ALTER TABLE app.t OWNER TO pgs_own_a;
CREATE FUNCTION app.f(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
ALTER FUNCTION app.f(integer) OWNER TO pgs_own_a;
CREATE TYPE app.e AS ENUM ('x');
CREATE VIEW app.v AS SELECT 1 AS one;

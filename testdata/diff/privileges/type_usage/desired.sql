-- type privileges: USAGE on an enum given back to PUBLIC and revoked from a role, revoked from PUBLIC on a domain and a composite type, granted to roles
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN score AS integer CHECK (VALUE BETWEEN 0 AND 100);
CREATE TYPE point2 AS (x double precision, y double precision);
REVOKE USAGE ON DOMAIN score FROM PUBLIC;
GRANT USAGE ON DOMAIN score TO pgs_priv_ro;
REVOKE USAGE ON TYPE point2 FROM PUBLIC;
GRANT USAGE ON TYPE point2 TO pgs_priv_app;

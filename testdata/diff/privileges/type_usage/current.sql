CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN score AS integer CHECK (VALUE BETWEEN 0 AND 100);
CREATE TYPE point2 AS (x double precision, y double precision);
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO pgs_priv_app;

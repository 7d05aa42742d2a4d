SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER SCHEMA app OWNER TO pgs_own_b;

ALTER COLLATION app.bytes OWNER TO pgs_own_a;

ALTER TYPE app.mood OWNER TO pgs_own_b;

ALTER DOMAIN app.positive OWNER TO CURRENT_USER;

ALTER TYPE app.pair OWNER TO pgs_own_a;

ALTER TYPE app.span OWNER TO pgs_own_b;

ALTER PROCEDURE app.noop() OWNER TO pgs_own_b;

ALTER FUNCTION app.one() OWNER TO CURRENT_USER;

ALTER SEQUENCE app.tickets OWNER TO pgs_own_b;

ALTER TABLE app.items OWNER TO pgs_own_b;

ALTER MATERIALIZED VIEW app.counts OWNER TO pgs_own_a;

ALTER VIEW app.names OWNER TO CURRENT_USER;


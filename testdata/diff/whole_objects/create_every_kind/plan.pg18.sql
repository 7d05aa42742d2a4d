-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TYPE app.code AS (c text);

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION app.add_state(integer, integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT $1 + $2$function$;

CREATE OR REPLACE FUNCTION app.ci_eq(text, text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT lower($1) = lower($2)$function$;

CREATE OR REPLACE FUNCTION app.code_of(text)
 RETURNS app.code
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ROW($1)::app.code$function$;

CREATE OR REPLACE FUNCTION app.on_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN END$function$;

CREATE AGGREGATE app.moving_sum(integer) (SFUNC = int4pl, STYPE = integer, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = integer, PARALLEL = SAFE);

CREATE AGGREGATE app.pct(double precision ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_WRITE);

CREATE AGGREGATE app.total(integer) (SFUNC = app.add_state, STYPE = integer, INITCOND = '0');

CREATE CAST (text AS app.code) WITH FUNCTION app.code_of(text) AS ASSIGNMENT;

CREATE FOREIGN DATA WRAPPER dummy_fdw NO HANDLER NO VALIDATOR;

CREATE OPERATOR app.=== (FUNCTION = app.ci_eq, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(app.===), RESTRICT = eqsel, JOIN = eqjoinsel);

CREATE OPERATOR FAMILY app.int_desc USING btree;

CREATE OPERATOR CLASS app.int_desc FOR TYPE integer USING btree FAMILY app.int_desc AS OPERATOR 1 pg_catalog.>(integer, integer), OPERATOR 3 pg_catalog.=(integer, integer), OPERATOR 5 pg_catalog.<(integer, integer), FUNCTION 1 (integer, integer) btint4cmp(integer,integer);

CREATE SERVER remote FOREIGN DATA WRAPPER dummy_fdw OPTIONS (host 'db.example.com', port '5432');

CREATE TEXT SEARCH DICTIONARY app.english_simple (TEMPLATE = pg_catalog.simple, stopwords = 'english');

CREATE TEXT SEARCH CONFIGURATION app.search (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR asciihword WITH pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR asciiword WITH app.english_simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR email WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR file WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR float WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR host WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR hword WITH pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR hword_asciipart WITH pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR hword_numpart WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR hword_part WITH pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR int WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR numhword WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR numword WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR sfloat WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR uint WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR url WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR url_path WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR version WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR word WITH pg_catalog.english_stem;

CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS ("user" 'reader');

CREATE FOREIGN TABLE app.remote_items (id integer NOT NULL, label text OPTIONS (column_name 'name')) SERVER remote OPTIONS (table_name 'items');

CREATE VIEW app.totals (total) AS
SELECT app.total(id) AS total
   FROM app.t
  WHERE name OPERATOR(app.===) 'x'::text;

CREATE PUBLICATION app_changes WITH (publish = 'insert, update', publish_via_partition_root = false);

ALTER PUBLICATION app_changes ADD TABLE ONLY app.t;

CREATE RULE t_no_negative AS
    ON INSERT TO app.t
   WHERE (new.id < 0) DO INSTEAD NOTHING;

CREATE STATISTICS app.t_stats (dependencies) ON id, name FROM app.t;

CREATE EVENT TRIGGER app_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION app.on_ddl();

GRANT SELECT ON TABLE app.remote_items TO PUBLIC;

GRANT USAGE ON FOREIGN SERVER remote TO PUBLIC;

COMMENT ON AGGREGATE app.total(integer) IS 'a sum';

COMMENT ON SERVER remote IS 'the remote';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index t_id_desc on existing table app.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_id_desc ON app.t USING btree (id app.int_desc);

-- hazard index-build: builds index t_name_search on existing table app.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_name_search ON app.t USING gin (to_tsvector('app.search'::regconfig, name));

RESET lock_timeout;
RESET statement_timeout;

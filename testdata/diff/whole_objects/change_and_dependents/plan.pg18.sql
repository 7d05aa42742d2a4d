-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index t_name_search: queries that use it may slow down
DROP INDEX CONCURRENTLY app.t_name_search;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW app.totals;

DROP AGGREGATE app.total(integer);

DROP CAST (text AS app.code);

DROP RULE t_no_negative ON app.t;

DROP TEXT SEARCH CONFIGURATION app.search;

DROP TEXT SEARCH DICTIONARY app.english_simple;

CREATE AGGREGATE app.total(integer) (SFUNC = app.add_state, STYPE = integer, INITCOND = '1');

CREATE CAST (text AS app.code) WITH FUNCTION app.code_of(text) AS IMPLICIT;

CREATE TEXT SEARCH DICTIONARY app.english_simple (TEMPLATE = pg_catalog.simple, stopwords = 'russian');

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

ALTER PUBLICATION app_changes SET (publish = 'insert', publish_via_partition_root = false);

ALTER SERVER remote OPTIONS (SET host 'db2.example.com');

ALTER FOREIGN TABLE app.remote_items OPTIONS (DROP table_name);

ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (SET "user" 'writer', ADD password '${remote_public_password}');

CREATE VIEW app.totals (total) AS
SELECT app.total(id) AS total
   FROM app.t
  WHERE name OPERATOR(app.===) 'x'::text;

CREATE RULE t_no_negative AS
    ON INSERT TO app.t
   WHERE (new.id < 1) DO INSTEAD NOTHING;

REVOKE SELECT ON TABLE app.remote_items FROM PUBLIC;

COMMENT ON AGGREGATE app.total(integer) IS 'the sum';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index t_name_search on existing table app.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_name_search ON app.t USING gin (to_tsvector('app.search'::regconfig, name));

RESET lock_timeout;
RESET statement_timeout;

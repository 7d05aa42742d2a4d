-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-dropped: drops index t_id_desc: queries that use it may slow down
DROP INDEX CONCURRENTLY app.t_id_desc;

-- hazard index-dropped: drops index t_name_search: queries that use it may slow down
DROP INDEX CONCURRENTLY app.t_name_search;

RESET lock_timeout;
RESET statement_timeout;

-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW app.totals;

DROP AGGREGATE app.moving_sum(integer);

DROP AGGREGATE app.pct(double precision ORDER BY anyelement);

DROP AGGREGATE app.total(integer);

DROP CAST (text AS app.code);

DROP EVENT TRIGGER app_ddl;

DROP FOREIGN TABLE app.remote_items;

DROP OPERATOR app.=== (text, text);

DROP OPERATOR CLASS app.int_desc USING btree;

DROP OPERATOR FAMILY app.int_desc USING btree;

ALTER PUBLICATION app_changes DROP TABLE ONLY app.t;

DROP PUBLICATION app_changes;

DROP RULE t_no_negative ON app.t;

DROP STATISTICS app.t_stats;

DROP TEXT SEARCH CONFIGURATION app.search;

DROP TEXT SEARCH DICTIONARY app.english_simple;

DROP USER MAPPING FOR PUBLIC SERVER remote;

DROP SERVER remote;

DROP FOREIGN DATA WRAPPER dummy_fdw;

DROP FUNCTION app.add_state(integer, integer);

DROP FUNCTION app.ci_eq(text, text);

DROP FUNCTION app.code_of(text);

DROP FUNCTION app.on_ddl();

-- hazard data-loss: drops type app.code
DROP TYPE app.code;


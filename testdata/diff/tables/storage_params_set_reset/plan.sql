-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.cold RESET (autovacuum_enabled);

ALTER TABLE public.hot SET (fillfactor=50);

ALTER TABLE public.plain SET (autovacuum_analyze_threshold=500, autovacuum_enabled=off, autovacuum_vacuum_scale_factor=0.01);


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: rebuilds index hot_v of existing table public.hot, as its definition changes: built concurrently as hot_v_pgshape_new (writes continue), then swapped in, so the table is never without it
CREATE INDEX CONCURRENTLY hot_v_pgshape_new ON public.hot USING btree (v) WITH (fillfactor='60');

DROP INDEX CONCURRENTLY public.hot_v;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER INDEX public.hot_v_pgshape_new RENAME TO hot_v;

RESET lock_timeout;
RESET statement_timeout;

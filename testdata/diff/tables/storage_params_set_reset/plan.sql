-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-dropped: drops index hot_v: queries that use it may slow down
DROP INDEX CONCURRENTLY public.hot_v;


ALTER TABLE public.cold RESET (autovacuum_enabled);

ALTER TABLE public.hot SET (fillfactor=50);

ALTER TABLE public.plain SET (autovacuum_analyze_threshold=500, autovacuum_enabled=off, autovacuum_vacuum_scale_factor=0.01);


-- pgshape: the statements below cannot run inside a transaction; they run one by one.

-- hazard index-build: builds index hot_v on existing table public.hot (concurrently: writes continue)
CREATE INDEX CONCURRENTLY hot_v ON public.hot USING btree (v) WITH (fillfactor='60');


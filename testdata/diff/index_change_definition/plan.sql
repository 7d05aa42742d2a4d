-- hazard index-dropped: drops index t_a_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.t_a_idx;

-- hazard index-dropped: drops index t_ab_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.t_ab_idx;

-- hazard index-dropped: drops index t_b_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.t_b_idx;

-- hazard index-dropped: drops index t_c_idx: queries that use it may slow down
DROP INDEX CONCURRENTLY public.t_c_idx;

-- hazard index-build: builds index t_a_idx on existing table public.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a, b);

-- hazard index-build: builds index t_ab_idx on existing table public.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_ab_idx ON public.t USING btree (a, b) WHERE (a > 10);

-- hazard index-build: builds index t_b_idx on existing table public.t (concurrently: writes continue)
CREATE UNIQUE INDEX CONCURRENTLY t_b_idx ON public.t USING btree (b);

-- hazard index-build: builds index t_c_idx on existing table public.t (concurrently: writes continue)
CREATE INDEX CONCURRENTLY t_c_idx ON public.t USING hash (c);


SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: rebuilds index t_a_idx of existing table public.t, as its definition changes: built concurrently as t_a_idx_pgshape_new (writes continue), then swapped in, so the table is never without it
CREATE INDEX CONCURRENTLY t_a_idx_pgshape_new ON public.t USING btree (a, b);

-- hazard index-build: rebuilds index t_ab_idx of existing table public.t, as its definition changes: built concurrently as t_ab_idx_pgshape_new (writes continue), then swapped in, so the table is never without it
CREATE INDEX CONCURRENTLY t_ab_idx_pgshape_new ON public.t USING btree (a, b) WHERE (a > 10);

-- hazard index-build: rebuilds index t_b_idx of existing table public.t, as its definition changes: built concurrently as t_b_idx_pgshape_new (writes continue), then swapped in, so the table is never without it
CREATE UNIQUE INDEX CONCURRENTLY t_b_idx_pgshape_new ON public.t USING btree (b);

-- hazard index-build: rebuilds index t_c_idx of existing table public.t, as its definition changes: built concurrently as t_c_idx_pgshape_new (writes continue), then swapped in, so the table is never without it
CREATE INDEX CONCURRENTLY t_c_idx_pgshape_new ON public.t USING hash (c);

DROP INDEX CONCURRENTLY public.t_a_idx;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER INDEX public.t_a_idx_pgshape_new RENAME TO t_a_idx;

SET lock_timeout = '12h';
SET statement_timeout = '12h';

DROP INDEX CONCURRENTLY public.t_ab_idx;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER INDEX public.t_ab_idx_pgshape_new RENAME TO t_ab_idx;

SET lock_timeout = '12h';
SET statement_timeout = '12h';

DROP INDEX CONCURRENTLY public.t_b_idx;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER INDEX public.t_b_idx_pgshape_new RENAME TO t_b_idx;

SET lock_timeout = '12h';
SET statement_timeout = '12h';

DROP INDEX CONCURRENTLY public.t_c_idx;

SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER INDEX public.t_c_idx_pgshape_new RENAME TO t_c_idx;

RESET lock_timeout;
RESET statement_timeout;

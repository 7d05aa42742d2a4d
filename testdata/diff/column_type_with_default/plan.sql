SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: changing column n of table public.counters from integer to numeric(20,0) may fail or lose data for values that do not fit
-- hazard table-rewrite: changing the type of column n rewrites table public.counters
ALTER TABLE public.counters ALTER COLUMN n DROP DEFAULT;

SET LOCAL statement_timeout = '12h';

ALTER TABLE public.counters ALTER COLUMN n TYPE numeric(20,0) USING n::numeric(20,0);

SET LOCAL statement_timeout = '1min';

ALTER TABLE public.counters ALTER COLUMN n SET DEFAULT 0;

ALTER TABLE public.counters ALTER COLUMN label DROP DEFAULT;

ALTER TABLE public.counters ALTER COLUMN label TYPE character varying(40);

ALTER TABLE public.counters ALTER COLUMN label SET DEFAULT 'x'::character varying;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.s_2 PARTITION OF public.s FOR VALUES IN (2) PARTITION BY RANGE (at);

CREATE TABLE public.s_2_2026 PARTITION OF public.s_2 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

SET LOCAL statement_timeout = '12h';

-- hazard index-build: builds index s_v_idx on partitioned table public.s and its partitions while blocking writes
CREATE INDEX s_v_idx ON public.s USING btree (v);


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table public.old_parent and all its rows
DROP TABLE public.old_parent;

CREATE TABLE public.new_parent (
    id integer,
    v text
) PARTITION BY LIST (id);

CREATE TABLE public.logs_2026 PARTITION OF public.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE TABLE public.logs_2027 PARTITION OF public.logs FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');

CREATE TABLE public.new_parent_1 PARTITION OF public.new_parent FOR VALUES IN (1);

CREATE INDEX new_parent_1_local ON public.new_parent_1 USING btree (v);

SET LOCAL statement_timeout = '12h';

-- hazard index-build: builds index logs_lower_msg_idx on partitioned table public.logs and its partitions while blocking writes
CREATE INDEX logs_lower_msg_idx ON public.logs USING btree (lower(msg));

SET LOCAL statement_timeout = '1min';

CREATE INDEX new_parent_v_idx ON public.new_parent USING btree (v);

CREATE INDEX logs_2026_msg ON public.logs_2026 USING btree (msg);

ALTER INDEX public.logs_2025_at_idx RENAME TO logs_2025_by_time;

ALTER INDEX public.logs_2026_at_idx RENAME TO logs_2026_by_time;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard index-build: builds index events_a_at on partition public.events_a while blocking writes, for index public.events_at of its parent to attach
CREATE INDEX events_a_at ON public.events_a USING btree (at);

-- hazard index-build: builds index events_at on partitioned table public.events and its partitions while blocking writes
CREATE INDEX events_at ON ONLY public.events USING btree (at);

SET LOCAL statement_timeout = '1min';

ALTER INDEX public.events_at ATTACH PARTITION public.events_a_at;


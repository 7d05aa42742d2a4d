SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index events_at_brin_idx on existing table public.events (concurrently: writes continue)
CREATE INDEX CONCURRENTLY events_at_brin_idx ON public.events USING brin (at) WITH (pages_per_range='32');

-- hazard index-build: builds index events_during_idx on existing table public.events (concurrently: writes continue)
CREATE INDEX CONCURRENTLY events_during_idx ON public.events USING gist (during);

-- hazard index-build: builds index events_loc_idx on existing table public.events (concurrently: writes continue)
CREATE INDEX CONCURRENTLY events_loc_idx ON public.events USING gist (loc);

-- hazard index-build: builds index events_payload_idx on existing table public.events (concurrently: writes continue)
CREATE INDEX CONCURRENTLY events_payload_idx ON public.events USING gin (payload jsonb_path_ops);

-- hazard index-build: builds index events_tags_idx on existing table public.events (concurrently: writes continue)
CREATE INDEX CONCURRENTLY events_tags_idx ON public.events USING gin (tags);

-- hazard index-build: builds index events_token_hash_idx on existing table public.events (concurrently: writes continue)
CREATE INDEX CONCURRENTLY events_token_hash_idx ON public.events USING hash (token);

RESET lock_timeout;
RESET statement_timeout;

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.buckets (
    id integer NOT NULL,
    payload jsonb
) PARTITION BY HASH (id);

CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);

CREATE TABLE public.regions (
    code text NOT NULL,
    name text
) PARTITION BY LIST (code);

CREATE TABLE public.buckets_0 PARTITION OF public.buckets FOR VALUES WITH (modulus 2, remainder 0);

CREATE TABLE public.buckets_1 PARTITION OF public.buckets FOR VALUES WITH (modulus 2, remainder 1);

CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

CREATE TABLE public.events_old PARTITION OF public.events DEFAULT;

CREATE TABLE public.regions_eu PARTITION OF public.regions FOR VALUES IN ('de', 'fr', 'it');

CREATE TABLE public.regions_us PARTITION OF public.regions FOR VALUES IN ('us');

CREATE INDEX events_kind_idx ON public.events USING btree (kind);


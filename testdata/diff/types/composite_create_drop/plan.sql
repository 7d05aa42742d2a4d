SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP FUNCTION public.old_pair_sum(p public.old_pair);

CREATE TYPE public.address AS (street text, city text, zip character varying(10));

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.city_of(a public.address)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (a).city $function$;

CREATE TABLE public.shops (
    id integer NOT NULL,
    addr public.address,
    revenue public.money_amount,
    CONSTRAINT shops_pkey PRIMARY KEY (id)
);

COMMENT ON TYPE public.address IS 'postal address';

-- hazard data-loss: drops type public.old_pair
DROP TYPE public.old_pair;


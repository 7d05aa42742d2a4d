SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops attribute city of type public.address from every value that uses it
ALTER TYPE public.address DROP ATTRIBUTE city;

ALTER TYPE public.address ALTER ATTRIBUTE zip TYPE character varying(10);

ALTER TYPE public.address ADD ATTRIBUTE region text;

ALTER TYPE public.geo ADD ATTRIBUTE alt real;


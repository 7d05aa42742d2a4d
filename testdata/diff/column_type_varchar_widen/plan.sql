SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.users ALTER COLUMN code TYPE character varying(50);

ALTER TABLE public.users ALTER COLUMN city TYPE text;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.users ALTER COLUMN name TYPE character varying(100);

ALTER TABLE public.users ALTER COLUMN code TYPE numeric(10,2);


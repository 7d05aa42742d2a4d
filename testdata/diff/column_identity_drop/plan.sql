SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.a ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.b ALTER COLUMN id DROP IDENTITY;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.t DROP COLUMN doubled;

ALTER TABLE public.t ADD COLUMN doubled integer;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP POLICY archive_owner ON public.archive;

DROP POLICY p_old ON public.notes;

ALTER TABLE public.archive DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.notes NO FORCE ROW LEVEL SECURITY;


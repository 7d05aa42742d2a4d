SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;

CREATE POLICY notes_owner ON public.notes AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));

CREATE POLICY notes_published ON public.notes AS PERMISSIVE FOR SELECT TO pgs_pol_reader USING (published);


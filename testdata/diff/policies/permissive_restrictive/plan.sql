SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP POLICY notes_not_draft ON public.notes;

DROP POLICY notes_team ON public.notes;

CREATE POLICY notes_not_draft ON public.notes AS PERMISSIVE FOR SELECT TO PUBLIC USING ((body IS NOT NULL));

CREATE POLICY notes_team ON public.notes AS RESTRICTIVE FOR SELECT TO PUBLIC USING ((team IS NOT NULL));

CREATE POLICY notes_writer_only ON public.notes AS RESTRICTIVE FOR UPDATE TO pgs_pol_writer USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));


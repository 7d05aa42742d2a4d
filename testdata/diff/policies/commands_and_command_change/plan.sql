SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP POLICY p_all ON public.notes;

DROP POLICY p_write ON public.notes;

CREATE POLICY p_admin ON public.notes AS PERMISSIVE FOR ALL TO pgs_pol_admin USING (true) WITH CHECK (true);

CREATE POLICY p_all ON public.notes AS PERMISSIVE FOR DELETE TO pgs_pol_admin USING (true);

CREATE POLICY p_insert ON public.notes AS PERMISSIVE FOR INSERT TO pgs_pol_writer WITH CHECK (((owner = CURRENT_USER) AND (NOT published)));

CREATE POLICY p_write ON public.notes AS PERMISSIVE FOR UPDATE TO PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));


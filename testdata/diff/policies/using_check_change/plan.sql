SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP POLICY p_all ON public.notes;

CREATE POLICY p_all ON public.notes AS PERMISSIVE FOR ALL TO PUBLIC USING (((owner = CURRENT_USER) OR (team = 'admins'::text)));

ALTER POLICY p_read ON public.notes TO PUBLIC USING ((published OR (owner = CURRENT_USER)));

ALTER POLICY p_update ON public.notes TO PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK (((owner = CURRENT_USER) AND (body IS NOT NULL)));


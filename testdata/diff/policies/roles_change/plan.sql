SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER POLICY p_public ON public.notes TO pgs_pol_admin USING ((team = 'public'::text));

ALTER POLICY p_read ON public.notes TO pgs_pol_reader, pgs_pol_writer USING (published);

ALTER POLICY p_write ON public.notes TO pgs_pol_writer WITH CHECK ((owner = CURRENT_USER));


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SCHEMA auth;

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION auth.current_team()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT current_setting('app.team', true) $function$;

CREATE OR REPLACE FUNCTION auth.can_see(owner text, team text)
 RETURNS boolean
 LANGUAGE sql
 STABLE
RETURN ((owner = CURRENT_USER) OR (team = auth.current_team()));

ALTER POLICY p_read ON public.notes TO PUBLIC USING ((published OR auth.can_see(owner, team)));

CREATE POLICY p_team ON public.notes AS PERMISSIVE FOR INSERT TO pgs_pol_writer WITH CHECK ((team = auth.current_team()));


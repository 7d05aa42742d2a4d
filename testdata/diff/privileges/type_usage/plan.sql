SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

REVOKE USAGE ON TYPE public.mood FROM pgs_priv_app;

GRANT USAGE ON TYPE public.mood TO PUBLIC;

REVOKE USAGE ON TYPE public.score FROM PUBLIC;

GRANT USAGE ON TYPE public.score TO pgs_priv_ro;

REVOKE USAGE ON TYPE public.point2 FROM PUBLIC;

GRANT USAGE ON TYPE public.point2 TO pgs_priv_app;


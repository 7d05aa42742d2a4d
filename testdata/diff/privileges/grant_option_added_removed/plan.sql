SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

REVOKE GRANT OPTION FOR USAGE ON SCHEMA api FROM pgs_priv_app;

GRANT EXECUTE ON ROUTINE api.ping() TO pgs_priv_app WITH GRANT OPTION;

REVOKE GRANT OPTION FOR SELECT ON TABLE public.customers FROM pgs_priv_admin;

GRANT UPDATE (email) ON TABLE public.customers TO pgs_priv_ro WITH GRANT OPTION;

GRANT SELECT ON TABLE public.invoices TO pgs_priv_app WITH GRANT OPTION;


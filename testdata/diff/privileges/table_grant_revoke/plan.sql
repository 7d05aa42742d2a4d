SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

GRANT REFERENCES ON TABLE public.customers TO pgs_priv_ro;

REVOKE DELETE ON TABLE public.invoices FROM pgs_priv_app;

REVOKE TRUNCATE ON TABLE public.invoices FROM pgs_priv_ro;

GRANT SELECT ON TABLE public.invoices TO PUBLIC;

GRANT SELECT ON TABLE public.invoices TO pgs_priv_admin;

GRANT TRIGGER ON TABLE public.invoices TO pgs_priv_admin;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

REVOKE SELECT (card_number) ON TABLE public.customers FROM pgs_priv_admin;

REVOKE UPDATE (email) ON TABLE public.customers FROM pgs_priv_app;

GRANT INSERT (id) ON TABLE public.customers TO pgs_priv_app;

GRANT INSERT (name) ON TABLE public.customers TO pgs_priv_app;

GRANT REFERENCES (id) ON TABLE public.customers TO pgs_priv_app;

GRANT UPDATE (name) ON TABLE public.customers TO pgs_priv_app;

GRANT SELECT (email) ON TABLE public.customers TO pgs_priv_ro;

GRANT SELECT ON TABLE public.invoices TO pgs_priv_ro;

GRANT UPDATE (amount) ON TABLE public.invoices TO pgs_priv_ro;


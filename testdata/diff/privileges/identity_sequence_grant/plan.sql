SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

GRANT USAGE ON SEQUENCE public.tickets_id_seq TO pgs_priv_app;

GRANT SELECT ON SEQUENCE public.legacy_id_seq TO pgs_priv_ro;

GRANT USAGE ON SEQUENCE public.legacy_id_seq TO pgs_priv_ro;


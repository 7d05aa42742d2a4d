SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

REVOKE SELECT ON SEQUENCE public.ticket_seq FROM pgs_priv_ro;

GRANT SELECT ON SEQUENCE public.ticket_seq TO pgs_priv_app;

GRANT UPDATE ON SEQUENCE public.ticket_seq TO pgs_priv_app;


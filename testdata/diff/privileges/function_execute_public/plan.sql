SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

REVOKE EXECUTE ON ROUTINE public.add_one(a integer) FROM pgs_priv_app;

GRANT EXECUTE ON ROUTINE public.add_one(a integer) TO PUBLIC;

REVOKE EXECUTE ON ROUTINE public.nightly() FROM PUBLIC;

GRANT EXECUTE ON ROUTINE public.nightly() TO pgs_priv_app;

REVOKE EXECUTE ON ROUTINE public.wipe() FROM PUBLIC;

GRANT EXECUTE ON ROUTINE public.wipe() TO pgs_priv_admin;


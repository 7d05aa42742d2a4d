SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

REVOKE CREATE ON SCHEMA public FROM PUBLIC;

REVOKE USAGE ON SCHEMA public FROM PUBLIC;

GRANT CREATE ON SCHEMA reporting TO pgs_priv_ro;

REVOKE CREATE ON SCHEMA staging FROM pgs_priv_app;

GRANT USAGE ON SCHEMA staging TO pgs_priv_admin;


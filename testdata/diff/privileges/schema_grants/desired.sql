-- schema privileges: CREATE added, CREATE revoked, a new grantee, PUBLIC's default CREATE/USAGE on public revoked
CREATE SCHEMA reporting;
CREATE SCHEMA staging;
GRANT USAGE, CREATE ON SCHEMA reporting TO pgs_priv_ro;
GRANT USAGE ON SCHEMA staging TO pgs_priv_app;
GRANT USAGE ON SCHEMA staging TO pgs_priv_admin;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- default privileges: a privilege added to a database-wide entry, a schema's entry removed, another role's entries replaced, a grant option taken away, PUBLIC's EXECUTE on functions revoked and its USAGE on types given back
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT SELECT, UPDATE ON TABLES TO pgs_dp_ro;
ALTER DEFAULT PRIVILEGES FOR ROLE pgs_dp_owner IN SCHEMA app GRANT SELECT ON TABLES TO pgs_dp_ro WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO pgs_dp_ro;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

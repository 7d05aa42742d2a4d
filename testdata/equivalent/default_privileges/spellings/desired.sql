-- GRANT ALL vs the list; FOR ROLE the connecting role vs none; IN SCHEMA a, b vs one statement per schema; ROUTINES vs FUNCTIONS; two roles in one FOR ROLE vs one statement each; a built-in default revoked and granted back, a grant revoked again vs nothing
CREATE SCHEMA a;
CREATE SCHEMA b;
ALTER DEFAULT PRIVILEGES GRANT SELECT, UPDATE, USAGE ON SEQUENCES TO pgs_dp_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA b GRANT EXECUTE ON FUNCTIONS TO pgs_dp_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA a GRANT EXECUTE ON FUNCTIONS TO pgs_dp_app;
ALTER DEFAULT PRIVILEGES FOR ROLE pgs_dp_owner GRANT USAGE ON TYPES TO pgs_dp_ro;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO pgs_dp_ro;

-- function privileges: REVOKE EXECUTE FROM PUBLIC on a function and a procedure (away from the NULL default ACL), PUBLIC's EXECUTE given back, role grants added and removed
CREATE FUNCTION add_one(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + 1 $$;
CREATE FUNCTION wipe() RETURNS void LANGUAGE sql AS $$ SELECT $$;
CREATE PROCEDURE nightly() LANGUAGE sql AS $$ SELECT 1 $$;
GRANT EXECUTE ON FUNCTION add_one(integer) TO PUBLIC;
REVOKE EXECUTE ON FUNCTION wipe() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wipe() TO pgs_priv_admin;
REVOKE ALL ON PROCEDURE nightly() FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE nightly() TO pgs_priv_app;

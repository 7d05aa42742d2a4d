-- granting what is already there by default: EXECUTE/USAGE to PUBLIC on a function, a type and a domain, the owner's own privileges on a table and a schema (the ACL becomes non-NULL but means the same)
CREATE TABLE t (id integer PRIMARY KEY);
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE e AS ENUM ('x');
CREATE DOMAIN d AS integer;
CREATE SCHEMA s;
GRANT EXECUTE ON FUNCTION f() TO PUBLIC;
GRANT USAGE ON TYPE e TO PUBLIC;
GRANT USAGE ON DOMAIN d TO PUBLIC;
GRANT ALL ON SCHEMA s TO CURRENT_USER;
GRANT ALL ON t TO CURRENT_USER;
GRANT SELECT ON t TO pgs_eqpriv_a;

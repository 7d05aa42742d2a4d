-- GRANT ALL (PRIVILEGES) spelled as the full privilege list, one statement for two grantees vs one per grantee, privileges split over statements, a REVOKE of a privilege never granted
CREATE SCHEMA s;
CREATE TABLE s.t (id integer PRIMARY KEY, name text);
CREATE SEQUENCE s.q;
CREATE FUNCTION s.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE s.e AS ENUM ('x');
GRANT USAGE, CREATE ON SCHEMA s TO pgs_eqpriv_a;
GRANT CREATE ON SCHEMA s TO pgs_eqpriv_b;
GRANT USAGE ON SCHEMA s TO pgs_eqpriv_b;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE s.q TO pgs_eqpriv_a;
GRANT EXECUTE ON FUNCTION s.f() TO pgs_eqpriv_b;
GRANT USAGE ON TYPE s.e TO pgs_eqpriv_b;
GRANT UPDATE ON TABLE s.t TO pgs_eqpriv_b;
GRANT SELECT ON s.t TO pgs_eqpriv_b;
REVOKE DELETE ON s.t FROM pgs_eqpriv_b;

-- GRANT ALL on a table spelled as its full privilege list (PostgreSQL 17 added MAINTAIN)
CREATE TABLE t (id integer PRIMARY KEY, name text);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN ON t TO pgs_eqpriv_a;

-- GRANT ALL on a table spelled as its full privilege list (up to PostgreSQL 16)
CREATE TABLE t (id integer PRIMARY KEY, name text);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON t TO pgs_eqpriv_a;

CREATE TABLE t (id integer PRIMARY KEY, name text);
GRANT ALL ON TABLE t TO pgs_eqpriv_a;

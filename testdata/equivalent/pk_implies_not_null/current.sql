CREATE TABLE t (id integer, a integer, b integer, PRIMARY KEY (a, b));

-- PRIMARY KEY with and without an explicit NOT NULL
CREATE TABLE t (id integer, a integer NOT NULL, b integer NOT NULL, PRIMARY KEY (a, b));

-- turn a stored generated column into a plain column
CREATE TABLE t (id integer PRIMARY KEY, a integer, doubled integer);

CREATE TABLE t (a integer, b integer, c integer);
CREATE INDEX t_abc_idx ON t (a, b DESC, c);

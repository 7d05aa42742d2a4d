CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, c integer);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX t_c_idx ON t (c);
COMMENT ON INDEX t_b_idx IS 'old';
COMMENT ON INDEX t_c_idx IS 'remove me';

-- same index name, changed definition (columns, uniqueness, predicate, method)
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, c text);
CREATE INDEX t_a_idx ON t (a, b);
CREATE UNIQUE INDEX t_b_idx ON t (b);
CREATE INDEX t_c_idx ON t USING hash (c);
CREATE INDEX t_ab_idx ON t (a, b) WHERE a > 10;

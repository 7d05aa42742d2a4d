CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, c text);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX t_c_idx ON t (c);
CREATE INDEX t_ab_idx ON t (a, b) WHERE a > 0;

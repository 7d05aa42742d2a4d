-- unnamed indexes vs the names PostgreSQL generates (plain, multi-column, expression)
CREATE TABLE t (a integer, b integer, email text);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_a_b_idx ON t (a, b);
CREATE INDEX t_lower_idx ON t (lower(email));
CREATE UNIQUE INDEX t_b_idx ON t (b);

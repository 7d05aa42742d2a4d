-- ASC, ASC NULLS LAST and DESC NULLS FIRST are the defaults
CREATE TABLE t (a integer, b integer, c integer);
CREATE INDEX t_abc_idx ON t (a ASC, b DESC NULLS FIRST, c ASC NULLS LAST);

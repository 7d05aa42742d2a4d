CREATE TABLE t (a int, b integer, c int4, d smallint, e int2);

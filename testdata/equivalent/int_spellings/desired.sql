-- int / integer / int4 and smallint / int2 are the same type
CREATE TABLE t (a integer, b int4, c int, d int2, e smallint);

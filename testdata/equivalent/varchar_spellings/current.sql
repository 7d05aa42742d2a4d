CREATE TABLE t (a varchar(10), b varchar, c char(3), d char, e bpchar(4));

CREATE COLLATION c1 (provider = libc, locale = 'C');
CREATE COLLATION c2 FROM "POSIX";
CREATE COLLATION c3 (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION c4 FROM c3;
CREATE TABLE t (a text COLLATE c1, b text COLLATE public.c3);

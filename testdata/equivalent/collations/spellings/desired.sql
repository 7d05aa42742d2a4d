-- libc locale = vs lc_collate + lc_ctype vs FROM a built-in collation; provider as a string, deterministic spelled 'off', IF NOT EXISTS, FROM a user collation vs its options written out, qualified vs unqualified COLLATE
CREATE COLLATION c1 (lc_collate = 'C', lc_ctype = 'C');
CREATE COLLATION c2 (locale = 'POSIX');
CREATE COLLATION IF NOT EXISTS c3 (provider = 'icu', locale = 'und-u-ks-level2', deterministic = 'off');
CREATE COLLATION c4 (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t (a text COLLATE public.c1, b text COLLATE c3);

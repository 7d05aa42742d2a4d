CREATE SCHEMA app;
CREATE COLLATION app.sorted (provider = icu, locale = 'de');
COMMENT ON COLLATION app.sorted IS 'German';
CREATE COLLATION app.kept (lc_collate = 'C', lc_ctype = 'POSIX');
COMMENT ON COLLATION app.kept IS 'old';

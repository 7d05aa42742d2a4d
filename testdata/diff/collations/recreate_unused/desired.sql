-- a collation nothing uses changes its definition (dropped and created again, with its comment); another one only its comment
CREATE SCHEMA app;
CREATE COLLATION app.sorted (provider = icu, locale = 'sv', deterministic = false);
COMMENT ON COLLATION app.sorted IS 'Swedish';
CREATE COLLATION app.kept (lc_collate = 'C', lc_ctype = 'POSIX');
COMMENT ON COLLATION app.kept IS 'new';

CREATE SCHEMA app;
CREATE COLLATION IF NOT EXISTS "numeric" (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION app.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION posix FROM "POSIX";
CREATE COLLATION bytes (provider = libc, locale = 'C');
CREATE COLLATION copy FROM app.ci;
COMMENT ON COLLATION posix IS 'byte order';
ALTER COLLATION app.ci OWNER TO CURRENT_USER;

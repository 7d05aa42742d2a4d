SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

ALTER TABLE public.t ADD COLUMN c text COLLATE public."numeric";

ALTER TABLE public.t ADD COLUMN d text COLLATE public.ci;

ALTER TABLE public.t ALTER COLUMN b TYPE text COLLATE public."numeric";

COMMENT ON COLLATION public.ci IS 'case-insensitive';

DROP COLLATION public.posix;


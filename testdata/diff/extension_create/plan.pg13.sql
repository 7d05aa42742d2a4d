-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE EXTENSION IF NOT EXISTS citext SCHEMA public VERSION '1.6';

CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public VERSION '1.5';

ALTER TABLE public.users ADD COLUMN email public.citext;

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

-- hazard index-build: builds index users_name_trgm_idx on existing table public.users (concurrently: writes continue)
CREATE INDEX CONCURRENTLY users_name_trgm_idx ON public.users USING gin (name public.gin_trgm_ops);

RESET lock_timeout;
RESET statement_timeout;

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.accounts ALTER COLUMN code TYPE text;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: changing column balance of table public.accounts from integer to bigint rewrites the table and its indexes
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint;

SET LOCAL statement_timeout = '1min';

ALTER TABLE public.transfers ALTER COLUMN account_code TYPE text;


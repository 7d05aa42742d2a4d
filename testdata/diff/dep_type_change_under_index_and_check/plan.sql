ALTER TABLE public.accounts ALTER COLUMN code TYPE text;

-- hazard table-rewrite: changing column balance of table public.accounts from integer to bigint rewrites the table and its indexes
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint;

ALTER TABLE public.transfers ALTER COLUMN account_code TYPE text;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: SET UNLOGGED rewrites table public.cache_entries
ALTER TABLE public.cache_entries SET UNLOGGED;


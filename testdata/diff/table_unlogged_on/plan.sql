-- hazard table-rewrite: SET UNLOGGED rewrites table public.cache_entries
ALTER TABLE public.cache_entries SET UNLOGGED;


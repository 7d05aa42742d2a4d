-- hazard table-rewrite: SET LOGGED rewrites table public.events
ALTER TABLE public.events SET LOGGED;


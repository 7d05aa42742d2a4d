SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: SET LOGGED rewrites table public.events
ALTER TABLE public.events SET LOGGED;


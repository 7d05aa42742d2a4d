SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER SEQUENCE public.tickets OWNER TO pgs_own_c;

ALTER MATERIALIZED VIEW public.counts OWNER TO pgs_own_c;

ALTER VIEW public.names OWNER TO pgs_own_c;


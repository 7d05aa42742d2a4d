SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.people DROP COLUMN full_name;

SET LOCAL statement_timeout = '12h';

-- hazard table-rewrite: adding stored generated column full_name rewrites table public.people
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((last || ', '::text) || first)) STORED;


ALTER TABLE public.people DROP COLUMN full_name;

-- hazard table-rewrite: adding stored generated column full_name rewrites table public.people
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((last || ', '::text) || first)) STORED;


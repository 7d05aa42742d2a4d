SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SCHEMA types;

CREATE DOMAIN public.name_c AS text COLLATE pg_catalog."C";

CREATE DOMAIN types.positive_int AS integer CONSTRAINT positive CHECK ((VALUE > 0));

ALTER TABLE public.users ADD COLUMN age types.positive_int;

ALTER TABLE public.users ADD COLUMN login public.name_c;

COMMENT ON TYPE types.positive_int IS 'strictly positive';

-- hazard data-loss: drops type public.old_code
DROP DOMAIN public.old_code;


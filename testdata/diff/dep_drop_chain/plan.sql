SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.a DROP CONSTRAINT a_b_id_fkey;

ALTER TABLE public.b DROP CONSTRAINT b_c_id_fkey;

-- hazard data-loss: drops table public.a and all its rows
DROP TABLE public.a;

-- hazard data-loss: drops table public.b and all its rows
DROP TABLE public.b;

-- hazard data-loss: drops table public.c and all its rows
DROP TABLE public.c;

-- hazard data-loss: drops column k of table public.z and its data
ALTER TABLE public.z DROP COLUMN k;

-- hazard data-loss: drops type public.kind
DROP TYPE public.kind;


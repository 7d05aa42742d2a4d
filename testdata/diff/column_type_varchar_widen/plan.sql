ALTER TABLE public.users ALTER COLUMN code TYPE character varying(50);

ALTER TABLE public.users ALTER COLUMN city TYPE text;


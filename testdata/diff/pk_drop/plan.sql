ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;


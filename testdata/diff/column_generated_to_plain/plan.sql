ALTER TABLE public.t DROP COLUMN doubled;

ALTER TABLE public.t ADD COLUMN doubled integer;


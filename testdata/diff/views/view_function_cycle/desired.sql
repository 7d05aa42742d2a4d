CREATE TABLE public.t (id integer, name text);
CREATE VIEW public.v AS SELECT NULL::integer AS id, NULL::text AS name;
CREATE FUNCTION public.f() RETURNS SETOF public.v LANGUAGE sql AS $$SELECT * FROM public.v WHERE id > 0$$;
CREATE OR REPLACE VIEW public.v AS SELECT t.id, t.name FROM public.t WHERE t.id IN (SELECT f.id FROM public.f() f(id, name));
CREATE VIEW public.w AS SELECT id FROM public.v;

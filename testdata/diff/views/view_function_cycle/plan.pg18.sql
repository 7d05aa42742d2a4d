SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE VIEW public.v AS
SELECT NULL::integer AS id,
    NULL::text AS name;

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.f()
 RETURNS SETOF public.v
 LANGUAGE sql
AS $function$SELECT * FROM public.v WHERE id > 0$function$;

CREATE OR REPLACE VIEW public.v (id, name) AS
SELECT id,
    name
   FROM public.t
  WHERE (id IN ( SELECT f.id
           FROM public.f() f(id, name)));

CREATE VIEW public.w (id) AS
SELECT id
   FROM public.v;


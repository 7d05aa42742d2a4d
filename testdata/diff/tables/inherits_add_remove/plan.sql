ALTER TABLE public.b NO INHERIT public.base;

ALTER TABLE public.a INHERIT public.base;

ALTER TABLE public.c INHERIT public.audited;


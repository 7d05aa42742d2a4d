SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.b NO INHERIT public.base;

ALTER TABLE public.a INHERIT public.base;

ALTER TABLE public.c INHERIT public.audited;


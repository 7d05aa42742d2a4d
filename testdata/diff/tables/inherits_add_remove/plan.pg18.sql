SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.b NO INHERIT public.base;

ALTER TABLE public.b RENAME CONSTRAINT base_id_not_null TO b_id_not_null;

ALTER TABLE public.b RENAME CONSTRAINT base_created_at_not_null TO b_created_at_not_null;

ALTER TABLE public.a INHERIT public.base;

ALTER TABLE public.c INHERIT public.audited;


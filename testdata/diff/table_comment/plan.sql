SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON TABLE public.a IS 'new table comment';

COMMENT ON TABLE public.b IS 'after';

COMMENT ON TABLE public.c IS NULL;


COMMENT ON TABLE public.a IS 'new table comment';

COMMENT ON TABLE public.b IS 'after';

COMMENT ON TABLE public.c IS NULL;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON CONSTRAINT t_m_key ON public.t IS NULL;

COMMENT ON CONSTRAINT t_n_check ON public.t IS 'strictly positive';

COMMENT ON CONSTRAINT t_pkey ON public.t IS 'surrogate key';


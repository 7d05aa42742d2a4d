SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON INDEX public.t_a_idx IS 'for lookups by a';

COMMENT ON INDEX public.t_b_idx IS 'new';

COMMENT ON INDEX public.t_c_idx IS NULL;


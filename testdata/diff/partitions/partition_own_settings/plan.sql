SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.t_new ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.t_new ALTER COLUMN note SET NOT NULL;

ALTER TABLE public.t_new ALTER COLUMN note SET DEFAULT 'fresh'::text;

COMMENT ON TABLE public.t_new IS 'rows not yet processed';


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

COMMENT ON COLUMN public.t.v IS 'line one
line two	tab — em dash, ünïcödé, 日本語, emoji 🎉';

COMMENT ON TABLE public.t IS E'it''s "quoted" \\ back\\slash $$ dollar $1 ; DROP TABLE t; --';


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.settings ALTER COLUMN a SET DEFAULT 42;

ALTER TABLE public.settings ALTER COLUMN b DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN b SET DEFAULT 'new'::text;

ALTER TABLE public.settings ALTER COLUMN c DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN d DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN d SET DEFAULT '{"k": 1}'::jsonb;


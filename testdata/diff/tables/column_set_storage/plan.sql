SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.files ADD COLUMN summary text;

ALTER TABLE public.files ALTER COLUMN content SET STORAGE EXTENDED;

ALTER TABLE public.files ALTER COLUMN meta SET STORAGE EXTERNAL;

ALTER TABLE public.files ALTER COLUMN summary SET STORAGE MAIN;


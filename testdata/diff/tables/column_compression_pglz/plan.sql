SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.logs ADD COLUMN tail text COMPRESSION pglz;

ALTER TABLE public.logs ALTER COLUMN line SET COMPRESSION pglz;

ALTER TABLE public.logs ALTER COLUMN raw SET COMPRESSION pglz;

ALTER TABLE public.logs ALTER COLUMN extra SET COMPRESSION default;


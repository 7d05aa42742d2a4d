SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER DOMAIN public.percent DROP CONSTRAINT percent_range;

ALTER DOMAIN public.percent ADD CONSTRAINT percent_range CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (1)::numeric)));

ALTER DOMAIN public.slug DROP CONSTRAINT slug_check;

ALTER DOMAIN public.slug DROP CONSTRAINT slug_check1;

ALTER DOMAIN public.slug ADD CONSTRAINT slug_check CHECK ((VALUE ~ '^[a-z0-9-]+$'::text));

ALTER DOMAIN public.slug ADD CONSTRAINT slug_not_empty CHECK ((VALUE <> ''::text));

ALTER DOMAIN public.zip ADD CONSTRAINT zip_digits CHECK ((VALUE ~ '^[0-9]{5}$'::text));


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER DOMAIN public.label SET DEFAULT ''::text;

ALTER DOMAIN public.label SET NOT NULL;

ALTER DOMAIN public.qty DROP DEFAULT;

ALTER DOMAIN public.qty DROP NOT NULL;

ALTER DOMAIN public.status SET DEFAULT 'open'::text;


SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.users ADD COLUMN nickname text;

ALTER TABLE public.users ADD COLUMN born date;

ALTER TABLE public.users ADD COLUMN score real;

ALTER TABLE public.users ADD COLUMN raw bytea;


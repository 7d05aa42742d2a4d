SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.people RENAME TO users;

ALTER VIEW public.people_names RENAME TO user_names;

ALTER TABLE public.users RENAME COLUMN id TO user_id;

ALTER TABLE public.users RENAME COLUMN "Full Name" TO full_name;

ALTER TABLE public.users RENAME CONSTRAINT people_email_check TO users_email_check;

ALTER INDEX public.people_email_idx RENAME TO users_email_idx;

ALTER TABLE public.users RENAME CONSTRAINT people_pkey TO users_pkey;

DROP VIEW public.user_names;

ALTER TABLE public.users RENAME CONSTRAINT people_id_not_null TO users_user_id_not_null;

ALTER TABLE public.users RENAME CONSTRAINT "people_Full Name_not_null" TO users_full_name_not_null;

CREATE VIEW public.user_names (full_name) AS
SELECT full_name
   FROM public.users;


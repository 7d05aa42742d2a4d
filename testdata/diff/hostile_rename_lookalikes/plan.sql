SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public."USERS" (
    id integer
);

CREATE TABLE public."users " (
    id integer
);

ALTER TABLE public."Users" ADD COLUMN "Name" text;

ALTER TABLE public.users ADD COLUMN name text;


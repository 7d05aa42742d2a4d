SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.words ALTER COLUMN a TYPE text COLLATE pg_catalog."C";

ALTER TABLE public.words ALTER COLUMN b TYPE text COLLATE pg_catalog."POSIX";

ALTER TABLE public.words ALTER COLUMN c TYPE character varying(20) COLLATE pg_catalog."default";


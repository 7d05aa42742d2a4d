-- pg_dump --clean without --if-exists: its DROPs are not skipped
DROP TABLE public.gone;
CREATE TABLE public.t (id int);

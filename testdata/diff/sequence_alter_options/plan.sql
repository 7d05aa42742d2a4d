SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

SELECT pg_catalog.setval('public.s1'::regclass, 10, false) WHERE coalesce(pg_catalog.pg_sequence_last_value('public.s1'::regclass), 1) < 10;

SELECT pg_catalog.setval('public.s1'::regclass, 100000, false) WHERE coalesce(pg_catalog.pg_sequence_last_value('public.s1'::regclass), 1) > 100000;

ALTER SEQUENCE public.s1 INCREMENT BY 2 MINVALUE 10 MAXVALUE 100000 START WITH 10 CACHE 50 CYCLE;

ALTER SEQUENCE public.s2 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;


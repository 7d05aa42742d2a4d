SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP RULE r_ins ON public.t;

CREATE FOREIGN TABLE public.m2 (k integer, v text) SERVER part_srv;

ALTER TABLE public.m ATTACH PARTITION public.m2 FOR VALUES IN (2);

CREATE FOREIGN TABLE public.m3 (k integer, v text) SERVER part_srv;

ALTER TABLE public.m ATTACH PARTITION public.m3 FOR VALUES IN (3);

CREATE RULE r_ins AS
    ON INSERT TO public.t
   WHERE (new.id < 0) DO INSTEAD NOTHING;

ALTER TABLE public.t DISABLE RULE r_ins;


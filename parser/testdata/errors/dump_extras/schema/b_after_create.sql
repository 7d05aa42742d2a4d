DROP VIEW IF EXISTS public.v;
CREATE TABLE public.u (id int);
DROP TABLE IF EXISTS public.u;
INSERT INTO schema_migrations (version) SELECT '1';
INSERT INTO public.u VALUES (1);
UPDATE schema_migrations SET version = '2';
INSERT INTO other.schema_migrations (version) VALUES ('3');

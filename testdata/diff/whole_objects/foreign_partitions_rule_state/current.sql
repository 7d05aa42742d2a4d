-- foreign tables become partitions (attached, or made PARTITION OF), and a rule is disabled (as pg_dump writes it: ALTER TABLE ... DISABLE RULE)
CREATE TABLE public.t (id integer, name text);
CREATE RULE r_ins AS ON INSERT TO public.t WHERE (new.id < 0) DO INSTEAD NOTHING;
CREATE FOREIGN DATA WRAPPER part_fdw;
CREATE SERVER part_srv FOREIGN DATA WRAPPER part_fdw;
CREATE TABLE public.m (k integer, v text) PARTITION BY LIST (k);
CREATE TABLE public.m1 PARTITION OF public.m FOR VALUES IN (1);

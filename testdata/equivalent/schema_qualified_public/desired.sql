-- public.-qualified vs unqualified names, including types and FK targets
CREATE TYPE public.kind AS ENUM ('a', 'b');
CREATE TABLE public.parents (id pg_catalog.int4 PRIMARY KEY);
CREATE TABLE public.children (id integer, parent_id integer REFERENCES public.parents (id), k public.kind);
CREATE INDEX children_parent_id_idx ON public.children (parent_id);

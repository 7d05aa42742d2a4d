CREATE TABLE public.a (id integer PRIMARY KEY);
CREATE TABLE public.b (id integer PRIMARY KEY);
CREATE TABLE public.c (id integer PRIMARY KEY);
CREATE PUBLICATION pub1 FOR TABLE public.b, public.c WITH (publish = 'insert, update, delete');

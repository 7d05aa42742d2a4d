-- a publication changes what it publishes and which tables in place (ALTER PUBLICATION), never dropped: subscriptions stream from it
CREATE TABLE public.a (id integer PRIMARY KEY);
CREATE TABLE public.b (id integer PRIMARY KEY);
CREATE TABLE public.c (id integer PRIMARY KEY);
CREATE PUBLICATION pub1 FOR TABLE public.a, public.b WITH (publish = 'insert');

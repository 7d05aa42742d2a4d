-- foreign key from a public table to a table in another schema
CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY);
CREATE TABLE public.posts (id integer PRIMARY KEY, author uuid REFERENCES auth.users (id) ON DELETE SET NULL);
CREATE SCHEMA audit;
CREATE TABLE audit.post_log (id bigint PRIMARY KEY, post_id integer NOT NULL REFERENCES public.posts (id));

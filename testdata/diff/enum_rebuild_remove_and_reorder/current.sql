CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TYPE public.unused AS ENUM ('a', 'b', 'c');
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mood public.mood DEFAULT 'meh' NOT NULL,
    history public.mood[]
);
INSERT INTO public.people VALUES (1, 'sad', '{sad,happy}');

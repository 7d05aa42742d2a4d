-- Labels removed or reordered: the enums are rebuilt and the columns converted.
CREATE TYPE public.mood AS ENUM ('happy', 'sad', 'meh');
CREATE TYPE public.unused AS ENUM ('a', 'c');
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mood public.mood DEFAULT 'meh' NOT NULL,
    history public.mood[]
);

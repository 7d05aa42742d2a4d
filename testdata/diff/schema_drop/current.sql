CREATE SCHEMA legacy;
CREATE SEQUENCE legacy.counter;
CREATE TABLE legacy.old_things (id integer PRIMARY KEY, note text);
CREATE TABLE public.keep (id integer PRIMARY KEY);

-- drop a schema together with the table and sequence it contains
CREATE TABLE public.keep (id integer PRIMARY KEY);

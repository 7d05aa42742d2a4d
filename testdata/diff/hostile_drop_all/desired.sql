-- drop hostile-named objects of every kind
CREATE TABLE public.keep (id integer);

-- a view and a function that need each other (the function returns the view's rows, the view calls it), created as pg_dump does: a placeholder view of the same columns, the function, then the view's query
CREATE TABLE public.t (id integer, name text);

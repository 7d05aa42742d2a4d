-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.employees (
    id integer NOT NULL,
    manager_id integer,
    CONSTRAINT employees_pkey PRIMARY KEY (id)
);

ALTER TABLE public.categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.employees(id);


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.categories VALIDATE CONSTRAINT categories_parent_id_fkey;

RESET lock_timeout;
RESET statement_timeout;

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.departments (
    id integer NOT NULL,
    head_id integer,
    CONSTRAINT departments_pkey PRIMARY KEY (id)
);

CREATE TABLE public.staff (
    id integer NOT NULL,
    department_id integer NOT NULL,
    CONSTRAINT staff_pkey PRIMARY KEY (id)
);

ALTER TABLE public.departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES public.staff(id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.staff ADD CONSTRAINT staff_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);


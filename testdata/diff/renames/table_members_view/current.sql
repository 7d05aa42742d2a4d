CREATE TABLE public.people (
    id integer PRIMARY KEY,
    "Full Name" text NOT NULL,
    email text,
    CONSTRAINT people_email_check CHECK (email LIKE '%@%')
);
CREATE INDEX people_email_idx ON public.people (email);
CREATE VIEW public.people_names AS SELECT "Full Name" FROM public.people;
INSERT INTO public.people VALUES (1, 'Ada', 'ada@example.org');

-- Renames keep the data: a table, its columns, a constraint, an index and a view.
-- pgshape:renamed-from people
CREATE TABLE public.users (
    -- pgshape:renamed-from id
    user_id integer PRIMARY KEY,
    -- pgshape:renamed-from "Full Name"
    full_name text NOT NULL,
    email text,
    -- pgshape:renamed-from people_email_check
    CONSTRAINT users_email_check CHECK (email LIKE '%@%')
);
-- pgshape:renamed-from people_email_idx
CREATE INDEX users_email_idx ON public.users (email);
-- pgshape:renamed-from people_names
CREATE VIEW public.user_names AS SELECT full_name FROM public.users;

-- pgshape:renamed-from people
CREATE TABLE app."Users" (
    -- pgshape:renamed-from id
    user_id int PRIMARY KEY,
    -- the display name
    -- pgshape:renamed-from "Full Name"
    name text,
    email text, -- pgshape:renamed-from mail (trails email: ignored)
    -- pgshape:renamed-from users_email_check
    CONSTRAINT email_has_at CHECK (email LIKE '%@%'),
    -- pgshape:renamed-from people_name_key
    UNIQUE (name)
);

-- pgshape:renamed-from people_email_idx
CREATE INDEX users_email_idx ON app."Users" (email);

/* pgshape:renamed-from app.people_view */
CREATE VIEW app.users_view AS SELECT name FROM app."Users";

-- not an annotation: pgshape:renamed-from must start the comment
CREATE TABLE app.other (id int);

CREATE SCHEMA app;

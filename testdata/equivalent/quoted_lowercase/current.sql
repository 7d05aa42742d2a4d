CREATE SCHEMA app;
CREATE TABLE app.users (id integer CONSTRAINT users_pkey PRIMARY KEY, email text);
COMMENT ON COLUMN app.users.email IS 'e';

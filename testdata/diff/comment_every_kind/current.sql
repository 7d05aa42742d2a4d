CREATE SCHEMA app;
CREATE EXTENSION citext;
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
CREATE SEQUENCE app.ticket_seq;
CREATE TABLE app.people (id integer CONSTRAINT people_pkey PRIMARY KEY, email citext, mood app.mood);
CREATE INDEX people_email_idx ON app.people (email);
COMMENT ON TABLE app.people IS 'old';

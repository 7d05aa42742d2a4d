-- comments on a schema, extension, table, column, constraint, index, sequence and enum
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application objects';
CREATE EXTENSION citext;
COMMENT ON EXTENSION citext IS 'case-insensitive text (it''s the contrib one)';
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
COMMENT ON TYPE app.mood IS 'how they feel';
CREATE SEQUENCE app.ticket_seq;
COMMENT ON SEQUENCE app.ticket_seq IS 'ticket numbers';
CREATE TABLE app.people (id integer CONSTRAINT people_pkey PRIMARY KEY, email citext, mood app.mood);
COMMENT ON TABLE app.people IS 'everyone we know';
COMMENT ON COLUMN app.people.email IS 'never shown publicly';
COMMENT ON CONSTRAINT people_pkey ON app.people IS 'surrogate';
CREATE INDEX people_email_idx ON app.people (email);
COMMENT ON INDEX app.people_email_idx IS 'login lookups';

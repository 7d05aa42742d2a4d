-- create extensions pg_trgm and citext, with a citext column and a trigram index
CREATE EXTENSION pg_trgm;
CREATE EXTENSION citext;
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email citext);
CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops);

-- create plain and unique indexes, drop another
CREATE TABLE users (id integer PRIMARY KEY, email text, last_login timestamptz, city text);
CREATE UNIQUE INDEX users_email_idx ON users (email);
CREATE INDEX users_last_login_idx ON users (last_login);

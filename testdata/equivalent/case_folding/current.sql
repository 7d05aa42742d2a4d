CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);

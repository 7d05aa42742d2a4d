CREATE TABLE users (id integer PRIMARY KEY, code varchar(10) NOT NULL, city varchar(20));
CREATE INDEX users_code_idx ON users (code);

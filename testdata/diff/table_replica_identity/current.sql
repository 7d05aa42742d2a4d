CREATE TABLE a (id integer PRIMARY KEY, v text);
CREATE TABLE b (id integer PRIMARY KEY, v text);
ALTER TABLE b REPLICA IDENTITY FULL;
CREATE TABLE c (id integer NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX c_code_key ON c (code);

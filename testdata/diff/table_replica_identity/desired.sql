-- replica identity full on one table, back to default on another, using an index on a third
CREATE TABLE a (id integer PRIMARY KEY, v text);
ALTER TABLE a REPLICA IDENTITY FULL;
CREATE TABLE b (id integer PRIMARY KEY, v text);
CREATE TABLE c (id integer NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX c_code_key ON c (code);
ALTER TABLE c REPLICA IDENTITY USING INDEX c_code_key;

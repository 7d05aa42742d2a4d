-- drop a table, keep another one
CREATE TABLE keep (id integer PRIMARY KEY);

-- a collation dropped with everything that uses it: the index, the table and the domain go first
CREATE TABLE users (id integer PRIMARY KEY, email text);

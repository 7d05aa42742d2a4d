-- drop columns, including one used by an index and one by a check constraint
CREATE TABLE users (id integer PRIMARY KEY, email text);

-- set NOT NULL on one column and drop it on another
CREATE TABLE people (id integer PRIMARY KEY, first_name text NOT NULL, last_name text);

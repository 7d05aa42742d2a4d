-- add a foreign key to an existing column and a new column with a foreign key
CREATE TABLE authors (id integer PRIMARY KEY);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer REFERENCES authors (id), editor_id integer REFERENCES authors);

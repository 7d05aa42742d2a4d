CREATE TABLE users (id integer PRIMARY KEY, email text, tenant integer, handle text UNIQUE);

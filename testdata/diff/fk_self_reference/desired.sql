-- create a table with a self-referencing FK, and add one to an existing table
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories (id) ON DELETE CASCADE);
CREATE TABLE employees (id integer PRIMARY KEY, manager_id integer REFERENCES employees (id));

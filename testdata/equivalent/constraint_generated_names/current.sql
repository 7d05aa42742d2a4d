CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, age integer CHECK (age >= 0), a integer, b integer, UNIQUE (a, b), CHECK (a < b));
CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users);

-- enum declared after the table that uses it
CREATE TABLE people (id integer, m mood DEFAULT 'happy');
CREATE TYPE mood AS ENUM ('happy', 'sad');

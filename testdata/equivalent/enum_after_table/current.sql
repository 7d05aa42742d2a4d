CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (id integer, m mood DEFAULT 'happy');

CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE cars (id integer PRIMARY KEY, color color);

CREATE TYPE size AS ENUM ('small', 'large');
CREATE TABLE shirts (id integer PRIMARY KEY, size size);

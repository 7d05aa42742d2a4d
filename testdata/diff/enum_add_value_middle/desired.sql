-- add values in the middle and at the start of an enum (BEFORE/AFTER)
CREATE TYPE size AS ENUM ('tiny', 'small', 'medium', 'large', 'huge');
CREATE TABLE shirts (id integer PRIMARY KEY, size size);

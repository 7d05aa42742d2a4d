CREATE TABLE users (id int);
CREATE TABLE other (id int, id text);
CREATE TYPE mood AS ENUM ('ok');

CREATE TABLE users (id int PRIMARY KEY);
CREATE TYPE mood AS ENUM ('ok');

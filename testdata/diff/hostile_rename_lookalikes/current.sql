CREATE TABLE "Users" (id integer);
CREATE TABLE users (id integer);

CREATE TABLE victims (id integer PRIMARY KEY, name text);
CREATE TABLE "x""; DROP TABLE victims; --" ("'; DROP TABLE victims; --" integer, "a" text);
CREATE TABLE "drop me"";--" (id integer);

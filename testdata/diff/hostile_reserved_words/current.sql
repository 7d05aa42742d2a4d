CREATE TABLE "user" ("select" integer PRIMARY KEY, "order" integer, "from" text);
CREATE TABLE "table" ("column" integer);

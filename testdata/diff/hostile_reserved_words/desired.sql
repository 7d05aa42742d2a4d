-- reserved words as table, column, constraint, index, schema and enum names
CREATE SCHEMA "group";
CREATE TYPE "group"."type" AS ENUM ('select', 'from', 'where');
CREATE TABLE "user" ("select" integer PRIMARY KEY, "order" bigint NOT NULL DEFAULT 0, "where" "group"."type",
    "limit" text CONSTRAINT "check" CHECK ("limit" <> 'offset'));
CREATE UNIQUE INDEX "index" ON "user" ("order") WHERE "order" > 0;
CREATE TABLE "group"."references" ("foreign" integer CONSTRAINT "primary" PRIMARY KEY,
    "key" integer CONSTRAINT "constraint" REFERENCES "user" ("select"));
CREATE SEQUENCE "group"."sequence";

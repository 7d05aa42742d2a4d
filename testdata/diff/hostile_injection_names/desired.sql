-- names that look like SQL injection: created, altered and dropped while the victims table survives
CREATE TABLE victims (id integer PRIMARY KEY, name text);
CREATE TABLE "x""; DROP TABLE victims; --" ("'; DROP TABLE victims; --" bigint NOT NULL DEFAULT 1,
    "a" text CONSTRAINT "c""); DROP TABLE victims; --" CHECK ("a" <> ''');DROP TABLE victims;--'),
    "b */ DROP TABLE victims; /*" integer);
CREATE INDEX "i""; DROP TABLE victims; --" ON "x""; DROP TABLE victims; --" ("a");
COMMENT ON TABLE "x""; DROP TABLE victims; --" IS '''; DROP TABLE victims; --';
CREATE TYPE "e""; DROP TABLE victims; --" AS ENUM ('''); DROP TABLE victims; --', 'ok');
CREATE SEQUENCE "s$1; DROP TABLE victims; --";

CREATE SCHEMA "we""ird schema";
CREATE TYPE "we""ird schema"."Mood ""x""" AS ENUM ('it''s', 'a "b"');
CREATE TABLE "we""ird schema"."Tab le" ("Col""umn" integer CONSTRAINT "P K" PRIMARY KEY, m "we""ird schema"."Mood ""x""");
CREATE INDEX "In dex" ON "we""ird schema"."Tab le" (m);
CREATE SEQUENCE "we""ird schema"."select";
CREATE TABLE public.keep (id integer);

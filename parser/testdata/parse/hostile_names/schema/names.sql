CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."Order Items" (
    "Id" int PRIMARY KEY,
    "quote""d" text UNIQUE,
    "select" text,
    "ünïcödé" text CHECK ("ünïcödé" <> ''),
    "a_very_long_column_name_that_goes_on_and_on_until_it_is_63_bytes" int UNIQUE
);
CREATE TABLE "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij123" (
    "ééééééééééééééééééééééééééééééééé" serial,
    x int UNIQUE
);
CREATE INDEX ON "My Schema"."Order Items" ("select", "quote""d");
COMMENT ON COLUMN "My Schema"."Order Items"."quote""d" IS 'it''s "quoted"';

CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."Order Items" ("Id" integer PRIMARY KEY, "UnitPrice" numeric(10,2), "qty" integer);
CREATE TABLE "Customers" ("ID" integer PRIMARY KEY, id integer);

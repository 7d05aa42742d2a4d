-- names with spaces and mixed case, in a mixed-case schema
CREATE SCHEMA "My Schema";
CREATE TABLE "Customers" ("ID" integer PRIMARY KEY, id integer UNIQUE, "Id" text);
CREATE TABLE "My Schema"."Order Items" ("Id" integer PRIMARY KEY, "UnitPrice" numeric(12,2) NOT NULL,
    "Qty" integer, "Customer ID" integer CONSTRAINT "FK Customer" REFERENCES "Customers" ("ID"));
CREATE INDEX "Order Items By Price" ON "My Schema"."Order Items" ("UnitPrice" DESC);
COMMENT ON COLUMN "My Schema"."Order Items"."UnitPrice" IS 'Price Per Unit';
